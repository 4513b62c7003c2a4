import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { PoliciesPage } from './PoliciesPage';
import { PolicyPage } from './PolicyPage';
import { SubscribersPage } from './SubscribersPage';

const App = () => (
  <Routes>
    <Route index element={<PoliciesPage />} />
    <Route path="subscribers" element={<SubscribersPage />} />
    <Route path=":documentId" element={<PolicyPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
