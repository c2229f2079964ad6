// Requests for MLA and extradition (issue 12): the list, the drafting wizard and the shared record.
export { CooperationRequestsPage } from './list.tsx';
export { CooperationRequestWizardPage } from './wizard.tsx';
export { CooperationRequestPage } from './request.tsx';
