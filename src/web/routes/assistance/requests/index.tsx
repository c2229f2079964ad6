// Assistance requests: one lazily loaded chunk with the list and queue and a request's page. The wizard
// (wizard.tsx) is a chunk of its own, loaded by those who ask.
export { RequestsPage } from './list.tsx';
export { RequestPage } from './request.tsx';
