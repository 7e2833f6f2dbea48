/** Where the CMS saves on a deployed site: see README, "Connecting the CMS to a repository". */
interface ImportMetaEnv {
  readonly PUBLIC_CMS_BACKEND?: string;
  readonly PUBLIC_CMS_REPO?: string;
  readonly PUBLIC_CMS_BRANCH?: string;
  readonly PUBLIC_CMS_BASE_URL?: string;
  readonly PUBLIC_CMS_APP_ID?: string;
  readonly PUBLIC_CMS_API_ROOT?: string;
}
