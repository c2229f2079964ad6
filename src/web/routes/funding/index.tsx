// Funding: one lazily loaded chunk with the contributions list, a contribution's page (allocations, expenditure and
// the forms to add them), the form recording a contribution or pledge, a donor's page and the rate tables.
export { FundingPage, ContributionPage, ContributionNewPage } from './contributions.tsx';
export { DonorPage } from './donor.tsx';
export { RatesPage } from './rates.tsx';
