import { Card, Empty, Table, Typography } from 'antd';
import { useApi, type Schemas } from '../../lib/api';
import { fmtVnd } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS } from '../../lib/labels';
import { QueryState } from '../../components/common';

type Year = Schemas['PlanVsActualYear'];

/** Plan against actual per year: activities by kind (planned / done), budget against resources. */
export function PlanVsActual({ pairingId }: { pairingId: string }) {
  const { t, label } = useI18n();
  const years = useApi<Year[]>(`/api/pairings/${pairingId}/plans`);
  return (
    <Card title={t('Kế hoạch và thực hiện', 'Plan and actual')} size="small" style={{ marginTop: 16 }}>
      <QueryState loading={years.isLoading} error={years.error}>
        {years.data?.length ? (
          years.data.map((y) => {
            const kinds = ACTIVITY_KINDS.filter((k) => (y.planned[k] ?? 0) > 0 || (y.actual[k] ?? 0) > 0);
            return (
              <div key={y.year} data-testid={`plan-vs-actual-${y.year}`} style={{ marginBottom: 12 }}>
                <Typography.Title level={3} style={{ fontSize: 15 }}>
                  {t('Năm', 'Year')} {y.year}
                </Typography.Title>
                <Table
                  rowKey="kind"
                  size="small"
                  pagination={false}
                  dataSource={kinds.map((kind) => ({
                    kind,
                    planned: y.planned[kind] ?? 0,
                    actual: y.actual[kind] ?? 0,
                  }))}
                  columns={[
                    {
                      title: t('Loại hoạt động', 'Activity kind'),
                      dataIndex: 'kind',
                      render: (k: string) => label(ACTIVITY_KIND_LABELS, k),
                    },
                    { title: t('Kế hoạch', 'Planned'), dataIndex: 'planned', align: 'right' },
                    { title: t('Thực hiện', 'Actual'), dataIndex: 'actual', align: 'right' },
                  ]}
                  summary={() => (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>
                        {t('Kinh phí / nguồn lực', 'Budget / resources')}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right">
                        {fmtVnd(y.budgetVnd)}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={2} align="right">
                        {fmtVnd(y.resourcesVnd)}
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  )}
                />
              </div>
            );
          })
        ) : (
          <Empty description={t('Chưa có kế hoạch hay hoạt động', 'No plan or activity yet')} />
        )}
      </QueryState>
    </Card>
  );
}
