import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { PoliciesPage } from './PoliciesPage';
import { PolicyPage } from './PolicyPage';

const App = () => (
  <Routes>
    <Route index element={<PoliciesPage />} />
    <Route path=":documentId" element={<PolicyPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
