// Documents: one lazily loaded chunk with the list, the upload form and a document's page.
export { DocumentsPage } from './list.tsx';
export { DocumentNewPage } from './new.tsx';
export { DocumentPage } from './document.tsx';
