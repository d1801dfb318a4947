import { oas } from '@kn/platform';
import { BOUNDARIES } from '@kn/shared';

const { named$, obj, str, int, num, uuid, date, instant, nullable, arrayOf, described, oneOf } = oas;

/** FigureProvenance (read/figure-provenance.query.ts): what a dashboard or report figure is made of. */
export const FIGURE_PROVENANCE = named$(
  'FigureProvenance',
  obj(
    {
      figure: str,
      year: int,
      communeId: nullable(uuid),
      boundaries: described("The units the figure is read under (as the dashboard's `boundaries`).", oneOf(BOUNDARIES)),
      value: num,
      position: described('The log position the figure is read at.', int),
      reportDate: date,
      items: arrayOf(
        obj({
          streamId: str,
          title: str,
          titleEn: str,
          value: num,
          events: arrayOf(obj({ position: int, streamId: str, type: str, recordedAt: nullable(instant), title: str })),
        }),
      ),
      next: described('Pass as `after` for the next page; null at the end.', nullable(str)),
    },
    { asOf: nullable(instant) },
  ),
);
