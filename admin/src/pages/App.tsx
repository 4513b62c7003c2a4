import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { PoliciesPage } from './PoliciesPage';
import { PolicyPage } from './PolicyPage';
import { SubscribersPage } from './SubscribersPage';

// As the menu link: a role without "Read versions" gets Strapi's no-permissions page, not a page of errors.
const READ_VERSIONS = [{ action: 'plugin::privacy-policy.versions.read', subject: null }];

const App = () => (
  <Page.Protect permissions={READ_VERSIONS}>
    <Routes>
      <Route index element={<PoliciesPage />} />
      <Route path="subscribers" element={<SubscribersPage />} />
      <Route path=":documentId" element={<PolicyPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
