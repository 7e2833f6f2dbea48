import { newsFeed } from '../../../lib/file-routes';

export const GET = newsFeed('en');
