import { adminApi } from '@strapi/strapi/admin';
import type {
  ChangeClassification,
  MoveSectionsBody,
  PolicySummaryAnswer,
  PolicyTreeAnswer,
  RestoreResult,
} from '../../../shared/contracts/admin';
import type { AdminVersion } from '../components/VersionTimeline';
import type { HealthReport } from '../components/HealthCard';

/**
 * Every call the plugin's admin makes, as RTK Query endpoints injected into Strapi's `adminApi` (the way
 * @strapi/i18n and content-releases do it): cached, shared between components, and re-read when a write
 * invalidates what it changes. A publish, a withdrawal, a restore or a move in the tree invalidates the
 * tags of what it changes; nothing is re-read by hand.
 */

export interface Locale {
  id: number;
  code: string;
  name: string;
  isDefault: boolean;
}

export interface Preview {
  unchanged: boolean;
  previous: { number: string } | null;
  classification: ChangeClassification;
  nextNumber: { minor: string; major: string };
  compliance: HealthReport;
  noticePeriodDays: number;
  today: string;
  /** The latest version still to take effect: a new one may not take effect before it. */
  pendingVersion?: { number: string; effectiveDate: string } | null;
}

export interface PublishBody {
  changeType: 'minor' | 'major';
  effectiveDate: string;
  changeSummary: string;
  overrideClassifier: boolean;
  overrideCompliance: boolean;
  locale: string;
}

export interface PublishResult {
  recorded: boolean;
  message?: string;
  version: { number: string; changeType: 'minor' | 'major'; effectiveDate: string; changeSummary: string | null };
}

export interface Notification {
  id: number;
  /** An announcement of a major version, or the notice that a withdrawn version will not take effect. */
  kind?: 'announcement' | 'withdrawal';
  versionNumber: string;
  status: string;
  counts: { pending: number; sending: number; sent: number; failed: number; skipped: number; total: number };
}

export interface Subscriber {
  id: number;
  email: string;
  scope: string;
  status: string;
  createdAt: string;
  confirmedAt: string | null;
}

export interface SubscriberFilter {
  q?: string;
  status?: string;
}

export interface SubscriberPage {
  data: Subscriber[];
  meta: {
    counts: Record<string, number>;
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
  };
}

/** Signed-in users' acceptances of one policy in one locale (GET /policies/:documentId/acceptances). */
export interface AcceptanceSummary {
  locale: string;
  today: string;
  requireOn: 'major' | 'any';
  current: string | null;
  upcoming: string | null;
  /** Users who accepted this version or a later one need not accept again. */
  baseline: string | null;
  upToDate: number;
  versions: {
    number: string;
    changeType: 'minor' | 'major';
    effectiveDate: string;
    withdrawn: boolean;
    accepted: number;
    fromDeletedAccounts: number;
  }[];
}

interface VersionsAnswer {
  data: AdminVersion[];
  meta: { today: string; locale: string; policy: { title: string; slug: string } | null };
}

type DocumentInLocale = { documentId: string; locale: string };

const query = (values: Record<string, string | number | undefined | null>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

const base = '/privacy-policy';

const TAGS = [
  'PrivacyPolicySummary',
  'PrivacyPolicyVersion',
  'PrivacyPolicyHealth',
  'PrivacyPolicyTree',
  'PrivacyPolicyPublishPreview',
  'PrivacyPolicyRestorePlan',
  'PrivacyPolicyNotification',
  'PrivacyPolicySubscriber',
] as const;

/** What a change to one policy's draft makes stale: its tree, health, publish preview and restore plans, and the list. */
const draftTags = (documentId: string) =>
  [
    { type: 'PrivacyPolicyTree', id: documentId },
    { type: 'PrivacyPolicyHealth', id: documentId },
    { type: 'PrivacyPolicyPublishPreview', id: documentId },
    { type: 'PrivacyPolicyRestorePlan', id: documentId },
    { type: 'PrivacyPolicySummary', id: 'LIST' },
  ] as const;

const privacyPolicyApi = adminApi.enhanceEndpoints({ addTagTypes: [...TAGS] }).injectEndpoints({
  endpoints: (builder) => ({
    getPolicyLocales: builder.query<Locale[], void>({
      query: () => '/i18n/locales',
    }),

    getPolicySummaries: builder.query<PolicySummaryAnswer, { locale: string; page?: number; pageSize?: number }>({
      query: ({ locale, page, pageSize }) => `${base}/policies${query({ locale, page, pageSize })}`,
      providesTags: [{ type: 'PrivacyPolicySummary', id: 'LIST' }],
    }),

    getPolicyVersions: builder.query<VersionsAnswer, DocumentInLocale>({
      query: ({ documentId, locale }) => `${base}/policies/${documentId}/versions${query({ locale })}`,
      providesTags: (_result, _error, { documentId }) => [{ type: 'PrivacyPolicyVersion', id: documentId }],
    }),

    getPolicyHealth: builder.query<HealthReport, DocumentInLocale>({
      query: ({ documentId, locale }) => `${base}/policies/${documentId}/health${query({ locale })}`,
      transformResponse: (answer: { data: HealthReport }) => answer.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'PrivacyPolicyHealth', id: documentId }],
    }),

    getPolicyTree: builder.query<PolicyTreeAnswer['data'], DocumentInLocale>({
      query: ({ documentId, locale }) => `${base}/policies/${documentId}/tree${query({ locale })}`,
      transformResponse: (answer: PolicyTreeAnswer) => answer.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'PrivacyPolicyTree', id: documentId }],
    }),

    movePolicySections: builder.mutation<
      PolicyTreeAnswer['data'],
      { documentId: string; locale: string; moves: MoveSectionsBody['moves'] }
    >({
      query: ({ documentId, locale, moves }) => ({ url: `${base}/policies/${documentId}/tree`, method: 'PUT', data: { locale, moves } }),
      transformResponse: (answer: PolicyTreeAnswer) => answer.data,
      // The answer is the tree as it is now: shown at once, without reading it again.
      async onQueryStarted({ documentId, locale }, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(privacyPolicyApi.util.updateQueryData('getPolicyTree', { documentId, locale }, () => data));
        } catch {
          // The component that asked shows the refusal.
        }
      },
      invalidatesTags: (_result, error, { documentId }) =>
        error ? [] : draftTags(documentId).filter((tag) => tag.type !== 'PrivacyPolicyTree'),
    }),

    getPublishPreview: builder.query<Preview, DocumentInLocale & { revision?: string }>({
      query: ({ documentId, locale }) => `${base}/policies/${documentId}/publish-preview${query({ locale })}`,
      transformResponse: (answer: { data: Preview }) => answer.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'PrivacyPolicyPublishPreview', id: documentId }],
    }),

    publishPolicyVersion: builder.mutation<PublishResult, { documentId: string } & PublishBody>({
      query: ({ documentId, ...body }) => ({ url: `${base}/policies/${documentId}/versions`, method: 'POST', data: body }),
      transformResponse: (answer: { data: PublishResult }) => answer.data,
      invalidatesTags: (_result, _error, { documentId }) => [
        { type: 'PrivacyPolicyVersion', id: documentId },
        { type: 'PrivacyPolicyPublishPreview', id: documentId },
        { type: 'PrivacyPolicyRestorePlan', id: documentId },
        { type: 'PrivacyPolicySummary', id: 'LIST' },
        { type: 'PrivacyPolicyNotification', id: 'LIST' },
      ],
    }),

    withdrawPolicyVersion: builder.mutation<
      { version: AdminVersion; notificationId: number | null },
      DocumentInLocale & { number: string; reason: string }
    >({
      query: ({ documentId, number, reason, locale }) => ({
        url: `${base}/policies/${documentId}/versions/${encodeURIComponent(number)}/withdraw`,
        method: 'POST',
        data: { reason, locale },
      }),
      transformResponse: (answer: { data: { version: AdminVersion; notificationId: number | null } }) => answer.data,
      invalidatesTags: (_result, error, { documentId }) =>
        error
          ? []
          : [
              { type: 'PrivacyPolicyVersion', id: documentId },
              { type: 'PrivacyPolicyPublishPreview', id: documentId },
              { type: 'PrivacyPolicySummary', id: 'LIST' },
              { type: 'PrivacyPolicyNotification', id: 'LIST' },
            ],
    }),

    getRestorePlan: builder.query<RestoreResult, DocumentInLocale & { number: string }>({
      query: ({ documentId, number, locale }) =>
        `${base}/policies/${documentId}/versions/${encodeURIComponent(number)}/restore${query({ locale })}`,
      transformResponse: (answer: { data: RestoreResult }) => answer.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'PrivacyPolicyRestorePlan', id: documentId }],
      keepUnusedDataFor: 0,
    }),

    restorePolicyVersion: builder.mutation<RestoreResult, DocumentInLocale & { number: string }>({
      query: ({ documentId, number, locale }) => ({
        url: `${base}/policies/${documentId}/versions/${encodeURIComponent(number)}/restore`,
        method: 'POST',
        data: { locale },
      }),
      transformResponse: (answer: { data: RestoreResult }) => answer.data,
      // A restore may rewrite shared processors and retention rules: every policy's draft-side reads are stale.
      invalidatesTags: (_result, error) =>
        error ? [] : ['PrivacyPolicyTree', 'PrivacyPolicyHealth', 'PrivacyPolicyPublishPreview', 'PrivacyPolicySummary'],
    }),

    getProcessingRecord: builder.query<string, DocumentInLocale & { format: 'csv' | 'json' }>({
      query: ({ documentId, locale, format }) => ({
        url: `${base}/policies/${documentId}/processing-record${query({ format, locale })}`,
        config: { responseType: 'text' },
      }),
      keepUnusedDataFor: 0,
    }),

    getPolicyDiff: builder.query<string, { slug: string; locale: string; from: string; to: string }>({
      query: ({ slug, locale, from, to }) => ({
        url: `/api/privacy-policy/policies/${encodeURIComponent(slug)}/diff${query({ from, to, format: 'html', locale })}`,
        config: { responseType: 'text' },
      }),
      providesTags: [{ type: 'PrivacyPolicyVersion', id: 'DIFF' }],
    }),

    getPolicyNotifications: builder.query<Notification[], { policyDocumentId: string }>({
      query: ({ policyDocumentId }) => `${base}/notifications${query({ policyDocumentId })}`,
      transformResponse: (answer: { data: Notification[] }) => answer.data,
      providesTags: [{ type: 'PrivacyPolicyNotification', id: 'LIST' }],
    }),

    retryFailedDeliveries: builder.mutation<{ retried: number }, { id: number }>({
      query: ({ id }) => ({ url: `${base}/notifications/${id}/retry-failed`, method: 'POST' }),
      transformResponse: (answer: { data: { retried: number } }) => answer.data,
      invalidatesTags: [{ type: 'PrivacyPolicyNotification', id: 'LIST' }],
    }),

    getPolicySubscribers: builder.query<SubscriberPage, SubscriberFilter & { page: number; pageSize: number }>({
      query: ({ q, status, page, pageSize }) => `${base}/subscribers${query({ q, status, page, pageSize })}`,
      providesTags: [{ type: 'PrivacyPolicySubscriber', id: 'LIST' }],
    }),

    exportPolicySubscribers: builder.query<string, SubscriberFilter>({
      query: ({ q, status }) => ({ url: `${base}/subscribers/export${query({ q, status })}`, config: { responseType: 'text' } }),
      keepUnusedDataFor: 0,
    }),

    erasePolicySubscriber: builder.mutation<unknown, { id: number }>({
      query: ({ id }) => ({ url: `${base}/subscribers/${id}`, method: 'DELETE' }),
      invalidatesTags: [{ type: 'PrivacyPolicySubscriber', id: 'LIST' }],
    }),

    // Acceptances change with end users, not with the admin: read afresh on every visit, and after a publish or withdrawal.
    getPolicyAcceptances: builder.query<AcceptanceSummary, DocumentInLocale>({
      query: ({ documentId, locale }) => `${base}/policies/${documentId}/acceptances${query({ locale })}`,
      transformResponse: (answer: { data: AcceptanceSummary }) => answer.data,
      providesTags: (_result, _error, { documentId }) => [{ type: 'PrivacyPolicyVersion', id: documentId }],
      keepUnusedDataFor: 0,
    }),

    exportPolicyAcceptances: builder.query<string, DocumentInLocale>({
      query: ({ documentId, locale }) => ({
        url: `${base}/policies/${documentId}/acceptances/export${query({ locale })}`,
        config: { responseType: 'text' },
      }),
      keepUnusedDataFor: 0,
    }),
  }),
});

export const {
  useGetPolicyLocalesQuery,
  useGetPolicySummariesQuery,
  useGetPolicyVersionsQuery,
  useGetPolicyHealthQuery,
  useGetPolicyTreeQuery,
  useMovePolicySectionsMutation,
  useGetPublishPreviewQuery,
  usePublishPolicyVersionMutation,
  useWithdrawPolicyVersionMutation,
  useGetRestorePlanQuery,
  useRestorePolicyVersionMutation,
  useLazyGetProcessingRecordQuery,
  useGetPolicyDiffQuery,
  useGetPolicyNotificationsQuery,
  useRetryFailedDeliveriesMutation,
  useGetPolicySubscribersQuery,
  useLazyExportPolicySubscribersQuery,
  useErasePolicySubscriberMutation,
  useGetPolicyAcceptancesQuery,
  useLazyExportPolicyAcceptancesQuery,
} = privacyPolicyApi;
