import { newsFeed } from '../../../lib/node/file-routes';

export const GET = newsFeed('en');
