import { storiesFeed } from '../../lib/node/file-routes';

export const GET = storiesFeed('it');
