// The API of legislation (issue 13 §1): checklists, a State's legislation, the legislation matrix, assessments. Kept
// out of api.ts so it loads with the screens that use it.
import { apiClient } from '#web/api.ts';
import type {
  IncorporationAssessmentView,
  InstrumentChecklist,
  LegislationMatrixView,
  NewAssessmentInput,
  StateLegislationView,
} from '#web/api-types.ts';

const { request, getJson } = apiClient;
const id = encodeURIComponent;
const data = <T>(body: unknown) => (body as { data: T }).data;

export const legislationApi = {
  checklists: async (signal?: AbortSignal) => data<InstrumentChecklist[]>(await getJson('/legislation/checklists', {}, signal)),
  state: async (code: string, signal?: AbortSignal) => data<StateLegislationView>(await getJson(`/states/${id(code)}/legislation`, {}, signal)),
  matrix: async (signal?: AbortSignal) => data<LegislationMatrixView>(await getJson('/legislation/matrix', {}, signal)),
  assess: async (body: NewAssessmentInput) => data<IncorporationAssessmentView>(await request('POST', '/legislation/assessments', { body })),
  withdraw: (assessmentId: string) => request('DELETE', `/legislation/assessments/${id(assessmentId)}`),
};
