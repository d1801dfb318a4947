import { assertNever, streamName, type Decider, type IsoDate, type Message, ensureText, ensureValid } from '@kn/shared';

/**
 * A commune's number of households (total and ethnic-minority) in a year: the denominator of
 * the poverty rate (tỷ lệ hộ nghèo). Stream `householdcount-<communeId>`; recording a year again
 * replaces its figures and keeps the previous ones in the event.
 */
export type RecordHouseholdCount = Message<
  'RecordHouseholdCount',
  {
    readonly communeId: string;
    readonly year: number;
    readonly totalHouseholds: number;
    readonly ethnicMinorityHouseholds: number;
    readonly source: string;
    readonly today: IsoDate;
  }
>;

export interface YearCount {
  readonly totalHouseholds: number;
  readonly ethnicMinorityHouseholds: number;
}

export type HouseholdCountRecorded = Message<
  'HouseholdCountRecorded',
  {
    readonly communeId: string;
    readonly year: number;
    readonly totalHouseholds: number;
    readonly ethnicMinorityHouseholds: number;
    readonly source: string;
    readonly previous: YearCount | null;
  }
>;

export type HouseholdCountEvent = HouseholdCountRecorded;
export interface HouseholdCountState {
  readonly years: Readonly<Record<string, YearCount>>;
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

export function recordHouseholdCount(
  { data }: RecordHouseholdCount,
  state: HouseholdCountState,
): HouseholdCountRecorded[] {
  ensureValid(
    'household_count.total_not_negative',
    isCount(data.totalHouseholds),
    'totalHouseholds must be a whole number ≥ 0',
    'totalHouseholds',
  );
  ensureValid(
    'household_count.ethnic_minority_within_total',
    isCount(data.ethnicMinorityHouseholds) && data.ethnicMinorityHouseholds <= data.totalHouseholds,
    'ethnicMinorityHouseholds must be a whole number ≥ 0 and not above totalHouseholds',
    'ethnicMinorityHouseholds',
  );
  ensureValid(
    'household_count.year_not_in_future',
    Number.isInteger(data.year) && data.year <= Number(data.today.slice(0, 4)),
    `year ${data.year} is after this year`,
    'year',
  );
  ensureText('household_count.source_required', data.source, 'source');
  const { today: _today, ...fields } = data;
  return [
    {
      type: 'HouseholdCountRecorded',
      data: { ...fields, source: data.source.trim(), previous: state.years[data.year] ?? null },
    },
  ];
}

export const householdCountDecider: Decider<RecordHouseholdCount, HouseholdCountEvent, HouseholdCountState> = {
  initialState: { years: {} },
  decide: (command, state) => {
    switch (command.type) {
      case 'RecordHouseholdCount':
        return recordHouseholdCount(command, state);
      default:
        return assertNever(command.type, 'household count command');
    }
  },
  evolve: (state, event) => {
    switch (event.type) {
      case 'HouseholdCountRecorded': {
        const { year, totalHouseholds, ethnicMinorityHouseholds } = event.data;
        return { years: { ...state.years, [year]: { totalHouseholds, ethnicMinorityHouseholds } } };
      }
      default:
        return assertNever(event.type, 'household count event');
    }
  },
};

export const HOUSEHOLD_COUNT_CATEGORY = 'householdcount';
export const householdCountStream = (communeId: string): string => streamName(HOUSEHOLD_COUNT_CATEGORY, communeId);
