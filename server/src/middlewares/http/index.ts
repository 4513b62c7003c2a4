import publishedReads from './published-reads';
import requestBody from './request-body';

/** The plugin's app-level middlewares, listed by name in an app's `config/middlewares` (docs/configuration.md). */
export default { 'published-reads': publishedReads, 'request-body': requestBody };
