import { eventCalendarFile, eventCalendarStaticPaths } from '../../lib/node/file-routes';

/** One calendar file per event, /notizie/<id>.ics. */
export const getStaticPaths = eventCalendarStaticPaths('it');
export const GET = eventCalendarFile('it');
