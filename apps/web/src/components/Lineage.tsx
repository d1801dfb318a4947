import { Button, Empty, List, Space, Tag, Timeline, Typography } from 'antd';
import { fmtDate } from '../lib/format';
import { useI18n } from '../lib/i18n';

/** A history entry as the unit and organisation read models give it. */
export interface LineageEntry {
  date: string | null;
  type: string;
  summary: string;
  decisionRef?: string;
  relatedIds?: string[];
}

type Kind = 'formedFrom' | 'mergedInto' | 'renamed' | 'moved' | 'dissolved';
const KINDS: Record<string, Kind> = {
  AdministrativeUnitsMerged: 'formedFrom',
  OrganizationsMerged: 'formedFrom',
  AdministrativeUnitMergedInto: 'mergedInto',
  OrganizationMergedInto: 'mergedInto',
  AdministrativeUnitRenamed: 'renamed',
  OrganizationRenamed: 'renamed',
  AdministrativeUnitReparented: 'moved',
  AdministrativeUnitDissolved: 'dissolved',
  OrganizationDissolved: 'dissolved',
};
const LABELS: Record<Kind, [string, string]> = {
  formedFrom: ['Hình thành từ', 'Formed from'],
  mergedInto: ['Sáp nhập vào', 'Merged into'],
  renamed: ['Đổi tên', 'Renamed'],
  moved: ['Chuyển trực thuộc', 'Moved under'],
  dissolved: ['Giải thể', 'Dissolved'],
};
const COLORS: Record<Kind, string> = {
  formedFrom: 'geekblue',
  mergedInto: 'purple',
  renamed: 'default',
  moved: 'cyan',
  dissolved: 'red',
};

/**
 * Predecessors and successors (merges), renames, re-parenting and dissolutions, each with its
 * effective date and decision; every unit or organisation it names opens with `onOpen`.
 * Entries recorded before the read model kept their links fall back on `successorId` /
 * `predecessorIds`.
 */
export function Lineage({
  history,
  successorId,
  predecessorIds,
  nameOf,
  onOpen,
}: {
  history: readonly LineageEntry[];
  successorId?: string | null;
  predecessorIds?: readonly string[];
  nameOf(id: string): string;
  onOpen(id: string): void;
}) {
  const { t } = useI18n();
  const entries = history
    .map((h) => ({ h, kind: KINDS[h.type] }))
    .filter((x): x is { h: LineageEntry; kind: Kind } => x.kind !== undefined);
  const related = ({ h, kind }: { h: LineageEntry; kind: Kind }): readonly string[] =>
    h.relatedIds?.length
      ? h.relatedIds
      : kind === 'formedFrom'
        ? (predecessorIds ?? [])
        : kind === 'mergedInto' && successorId
          ? [successorId]
          : [];
  if (!entries.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Không có thay đổi', 'No changes')} />;
  return (
    <List
      size="small"
      data-testid="lineage"
      dataSource={entries}
      renderItem={(e) => (
        <List.Item data-testid={`lineage-${e.kind}`}>
          <Space wrap size={4}>
            <Tag color={COLORS[e.kind]}>{t(...LABELS[e.kind])}</Tag>
            {e.kind === 'renamed' || e.kind === 'dissolved' ? <span>{e.h.summary}</span> : null}
            {related(e).map((id) => (
              <Button key={id} type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(id)}>
                {nameOf(id)}
              </Button>
            ))}
            <Typography.Text type="secondary">
              · {t('hiệu lực', 'effective')} {fmtDate(e.h.date)}
              {e.h.decisionRef ? ` · ${t('quyết định', 'decision')} ${e.h.decisionRef}` : ''}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** The whole history of a unit or organisation, oldest first: date and summary. */
export function HistoryTimeline({ history }: { history: readonly Pick<LineageEntry, 'date' | 'summary'>[] }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('Lịch sử', 'History')}
      </Typography.Title>
      <Timeline
        items={history.map((h, i) => ({
          key: i,
          content: (
            <>
              <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                {fmtDate(h.date)}
              </Typography.Text>
              {h.summary}
            </>
          ),
        }))}
      />
    </>
  );
}
