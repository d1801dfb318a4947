import { Descriptions, Drawer, Typography } from 'antd';
import { useApi } from '../lib/api';
import { fmtDate } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { ORG_KIND_LABELS, ORG_STATUS_LABELS } from '../lib/labels';
import { StatusTag, useNames, type Organization } from './common';
import { HistoryTimeline, Lineage } from './Lineage';

/** One organisation: its facts, its lineage (merges, renames, dissolution) and its dated history. */
export function OrganizationDrawer({
  id,
  onOpen,
  onClose,
}: {
  id: string | null;
  onOpen(id: string): void;
  onClose(): void;
}) {
  const { t, label } = useI18n();
  const names = useNames();
  const org = useApi<Organization>(id ? `/api/organizations/${id}` : null);
  const o = org.data && org.data.id === id ? org.data : null;
  return (
    <Drawer title={o?.name ?? ''} open={!!id} onClose={onClose} size={520}>
      {o && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'kind', label: t('Loại', 'Kind'), children: label(ORG_KIND_LABELS, o.kind) },
              { key: 'short', label: t('Viết tắt', 'Short name'), children: o.shortName ?? '—' },
              {
                key: 'status',
                label: t('Trạng thái', 'Status'),
                children: <StatusTag value={o.status} table={ORG_STATUS_LABELS} />,
              },
              ...(o.mergedOn
                ? [{ key: 'merged', label: t('Ngày hợp nhất', 'Merged on'), children: fmtDate(o.mergedOn) }]
                : []),
              ...(o.dissolvedOn
                ? [{ key: 'dissolved', label: t('Ngày giải thể', 'Dissolved on'), children: fmtDate(o.dissolvedOn) }]
                : []),
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
            {t('Kế thừa, tiền thân', 'Lineage')}
          </Typography.Title>
          <Lineage
            history={o.history ?? []}
            successorId={o.successorId}
            predecessorIds={o.predecessorIds}
            nameOf={(x) => names.orgName(x)}
            onOpen={onOpen}
          />
          <HistoryTimeline history={o.history ?? []} />
        </>
      )}
    </Drawer>
  );
}
