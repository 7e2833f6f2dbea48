import { eventCalendarFile, eventCalendarStaticPaths } from '../../../lib/node/file-routes';

/** One calendar file per translated event, /en/news/<id>.ics. */
export const getStaticPaths = eventCalendarStaticPaths('en');
export const GET = eventCalendarFile('en');
