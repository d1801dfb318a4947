import { HouseholdCounts } from './HouseholdCounts';
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, BranchesOutlined } from '@ant-design/icons';
import { useApi, type Schemas } from '../lib/api';
import { usePermissions } from '../lib/auth';
import { fmtDate } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { CLASSIFICATION_LABELS, COMMUNE_TYPE_LABELS, UNIT_KIND_LABELS, UNIT_STATUS_LABELS } from '../lib/labels';
import { HistoryTimeline, Lineage } from '../components/Lineage';
import { PageTitle, QueryState, StatusTag, useOptions, useUnits, type AdminUnit } from '../components/common';
import { UnitForms, type UnitDialog } from '../components/unitForms';

export type Coverage = Schemas['Coverage'];

type Row = AdminUnit & { children?: Row[] };

/** The units as a tree (children under their parent), filtered rows keep their ancestors. */
function buildTree(units: AdminUnit[], keep: (u: AdminUnit) => boolean): Row[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const kept = new Set<string>();
  for (const u of units) {
    if (!keep(u)) continue;
    let cur: AdminUnit | undefined = u;
    while (cur && !kept.has(cur.id)) {
      kept.add(cur.id);
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
  }
  const rows = new Map<string, Row>();
  for (const u of units) if (kept.has(u.id)) rows.set(u.id, { ...u });
  const roots: Row[] = [];
  for (const r of rows.values()) {
    const parent = r.parentId ? rows.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(r);
    else roots.push(r);
  }
  return roots;
}

/** Địa bàn: the admin-unit tree with lineage, and the target communes that have no pairing. */
export function TerritoryPage({ embedded }: { embedded?: boolean }) {
  const { t, label } = useI18n();
  const opts = useOptions();
  const can = usePermissions();
  const units = useUnits();
  const year = new Date().getFullYear();
  const coverage = useApi<Coverage>(`/api/coverage?year=${year}`);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [classification, setClassification] = useState<string | undefined>();
  const [unpairedOnly, setUnpairedOnly] = useState(false);
  const [selected, setSelected] = useState<AdminUnit | null>(null);
  const [dialog, setDialog] = useState<UnitDialog | null>(null);

  const all = useMemo(() => units.data?.items ?? [], [units.data]);
  const byId = useMemo(() => new Map(all.map((u) => [u.id, u])), [all]);
  const unpaired = useMemo(() => new Set((coverage.data?.unpaired ?? []).map((u) => u.id)), [coverage.data]);
  const tree = useMemo(
    () =>
      buildTree(
        all,
        (u) =>
          (!q || u.name.toLowerCase().includes(q.toLowerCase()) || u.code.includes(q)) &&
          (!kind || u.kind === kind) &&
          (!status || u.status === status) &&
          (!classification || (u.classifications as string[]).includes(classification)) &&
          (!unpairedOnly || unpaired.has(u.id)),
      ),
    [all, q, kind, status, classification, unpairedOnly, unpaired],
  );
  const current = selected ? (byId.get(selected.id) ?? selected) : null;
  const unitDetail = useApi<AdminUnit>(current ? `/api/admin-units/${current.id}` : null);
  const detail = unitDetail.data ?? current;

  const nameOf = (id: string | null) => (id ? (byId.get(id)?.name ?? id) : '—');

  return (
    <div>
      {!embedded && (
        <PageTitle
          extra={
            can.manageReference && (
              <>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'establish' })}>
                  {t('Thành lập đơn vị', 'Establish unit')}
                </Button>
                <Button icon={<BranchesOutlined />} onClick={() => setDialog({ kind: 'merge' })}>
                  {t('Sáp nhập', 'Merge')}
                </Button>
              </>
            )
          }
        >
          {t('Địa bàn', 'Territory')}
        </PageTitle>
      )}
      {embedded && can.manageReference && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'establish' })}>
            {t('Thành lập đơn vị', 'Establish unit')}
          </Button>
          <Button icon={<BranchesOutlined />} onClick={() => setDialog({ kind: 'merge' })}>
            {t('Sáp nhập', 'Merge')}
          </Button>
        </Space>
      )}
      {coverage.data && (
        <Alert
          style={{ marginBottom: 12 }}
          type={coverage.data.unpaired.length ? 'warning' : 'success'}
          showIcon
          title={`${t('Xã mục tiêu đã kết nghĩa', 'Target communes paired')}: ${coverage.data.pairedCommunes}/${coverage.data.targetCommunes} (${Math.round(coverage.data.percent * 10) / 10} %)`}
          description={
            coverage.data.unpaired.length
              ? `${t('Chưa kết nghĩa', 'Unpaired')}: ${coverage.data.unpaired.map((u) => u.name).join(', ')}`
              : undefined
          }
        />
      )}
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('Tìm theo tên hoặc mã', 'Search by name or code')}
            aria-label={t('Tìm đơn vị', 'Search units')}
            onSearch={setQ}
            onChange={(e) => !e.target.value && setQ('')}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder={t('Cấp', 'Kind')}
            aria-label={t('Lọc theo cấp', 'Filter by kind')}
            options={opts(UNIT_KIND_LABELS)}
            value={kind}
            onChange={setKind}
            style={{ width: 140 }}
          />
          <Select
            allowClear
            placeholder={t('Trạng thái', 'Status')}
            aria-label={t('Lọc theo trạng thái', 'Filter by status')}
            options={opts(UNIT_STATUS_LABELS)}
            value={status}
            onChange={setStatus}
            style={{ width: 170 }}
          />
          <Select
            allowClear
            placeholder={t('Phân loại', 'Classification')}
            aria-label={t('Lọc theo phân loại', 'Filter by classification')}
            options={opts(CLASSIFICATION_LABELS)}
            value={classification}
            onChange={setClassification}
            style={{ width: 220 }}
          />
          {coverage.data && (
            <Button
              type={unpairedOnly ? 'primary' : 'default'}
              aria-pressed={unpairedOnly}
              onClick={() => setUnpairedOnly((v) => !v)}
            >
              {t('Chỉ xã chưa kết nghĩa', 'Unpaired only')}
            </Button>
          )}
        </Space>
        <QueryState loading={units.isLoading} error={units.error}>
          <Table<Row>
            rowKey="id"
            size="middle"
            dataSource={tree}
            pagination={false}
            scroll={{ x: 900 }}
            expandable={{ defaultExpandAllRows: true }}
            key={`${tree.length}-${q}-${kind}-${status}-${classification}-${unpairedOnly}`}
            rowClassName={(u) => (unpaired.has(u.id) ? 'kn-unpaired' : '')}
            locale={{ emptyText: t('Chưa có đơn vị hành chính nào', 'No administrative units yet') }}
            onRow={(u) => ({ onClick: () => setSelected(u) })}
            columns={[
              {
                title: t('Tên', 'Name'),
                dataIndex: 'name',
                render: (v: string, u) => (
                  <Button
                    type="link"
                    style={{ padding: 0 }}
                    onClick={(e) => {
                      e.stopPropagation();
                      setSelected(u);
                    }}
                  >
                    {v}
                  </Button>
                ),
              },
              {
                title: t('Cấp', 'Kind'),
                dataIndex: 'kind',
                width: 90,
                render: (v: string, u) =>
                  u.communeType ? label(COMMUNE_TYPE_LABELS, u.communeType) : label(UNIT_KIND_LABELS, v),
              },
              { title: t('Mã', 'Code'), dataIndex: 'code', width: 90 },
              {
                title: t('Phân loại', 'Classifications'),
                dataIndex: 'classifications',
                render: (v: string[], u) => (
                  <>
                    {v.map((c) => (
                      <Tag key={c}>{label(CLASSIFICATION_LABELS, c)}</Tag>
                    ))}
                    {unpaired.has(u.id) && <Tag color="orange">{t('Chưa kết nghĩa', 'Unpaired')}</Tag>}
                  </>
                ),
              },
              {
                title: t('Trạng thái', 'Status'),
                dataIndex: 'status',
                width: 150,
                render: (v: string) => <StatusTag value={v} table={UNIT_STATUS_LABELS} />,
              },
              {
                title: t('Kế thừa / tiền thân', 'Lineage'),
                key: 'lineage',
                render: (_: unknown, u) => (
                  <>
                    {u.successorId && <span>→ {nameOf(u.successorId)}</span>}
                    {u.predecessorIds?.length > 0 && <span>← {u.predecessorIds.map(nameOf).join(', ')}</span>}
                  </>
                ),
              },
            ]}
          />
        </QueryState>
      </Card>

      <Drawer title={detail?.name} open={!!detail} onClose={() => setSelected(null)} size={520}>
        {detail && (
          <>
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                {
                  key: 'kind',
                  label: t('Cấp', 'Kind'),
                  children: detail.communeType
                    ? label(COMMUNE_TYPE_LABELS, detail.communeType)
                    : label(UNIT_KIND_LABELS, detail.kind),
                },
                { key: 'code', label: t('Mã', 'Code'), children: detail.code },
                { key: 'parent', label: t('Trực thuộc', 'Parent'), children: nameOf(detail.parentId) },
                {
                  key: 'status',
                  label: t('Trạng thái', 'Status'),
                  children: <StatusTag value={detail.status} table={UNIT_STATUS_LABELS} />,
                },
                {
                  key: 'cls',
                  label: t('Phân loại', 'Classifications'),
                  children: detail.classifications.map((c) => <Tag key={c}>{label(CLASSIFICATION_LABELS, c)}</Tag>),
                },
                { key: 'est', label: t('Ngày thành lập', 'Established'), children: fmtDate(detail.establishedOn) },
                ...(detail.endedOn
                  ? [{ key: 'end', label: t('Ngày kết thúc', 'Ended'), children: fmtDate(detail.endedOn) }]
                  : []),
                ...(unpaired.has(detail.id)
                  ? [
                      {
                        key: 'unp',
                        label: t('Kết nghĩa', 'Pairing'),
                        children: <Tag color="orange">{t('Chưa có đơn vị kết nghĩa', 'Not paired')}</Tag>,
                      },
                    ]
                  : []),
              ]}
            />
            {can.manageReference && detail.status === 'active' && (
              <Space wrap style={{ marginTop: 16 }}>
                <Button onClick={() => setDialog({ kind: 'rename', unit: detail })}>{t('Đổi tên', 'Rename')}</Button>
                <Button onClick={() => setDialog({ kind: 'reclassify', unit: detail })}>
                  {t('Phân loại lại', 'Reclassify')}
                </Button>
                <Button onClick={() => setDialog({ kind: 'merge', predecessorIds: [detail.id] })}>
                  {t('Sáp nhập', 'Merge')}
                </Button>
                <Button danger onClick={() => setDialog({ kind: 'dissolve', unit: detail })}>
                  {t('Giải thể', 'Dissolve')}
                </Button>
                {detail.kind !== 'village' && (
                  <Button onClick={() => setDialog({ kind: 'establish', parentId: detail.id })}>
                    {t('Thêm đơn vị trực thuộc', 'Add a unit under it')}
                  </Button>
                )}
              </Space>
            )}
            <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
              {t('Kế thừa, tiền thân', 'Lineage')}
            </Typography.Title>
            <Lineage
              history={detail.history ?? []}
              successorId={detail.successorId}
              predecessorIds={detail.predecessorIds}
              nameOf={nameOf}
              onOpen={(id) => setSelected(byId.get(id) ?? null)}
            />
            {detail.kind === 'commune' && <HouseholdCounts communeId={detail.id} />}
            <HistoryTimeline history={detail.history ?? []} />
          </>
        )}
      </Drawer>
      <UnitForms dialog={dialog} onClose={() => setDialog(null)} />
    </div>
  );
}
