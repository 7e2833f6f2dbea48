import { storiesFeed } from '../../../lib/file-routes';

export const GET = storiesFeed('en');
