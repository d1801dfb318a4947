import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi, withQuery, type Page, type Schemas } from '../lib/api';
import { useAuth, usePermissions } from '../lib/auth';
import { fmtDate, fmtVnd } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { AREA_LABELS, GENDER_LABELS, HOUSEHOLD_STATUS_LABELS, TRANSITION_LABELS } from '../lib/labels';
import { CommandForm } from '../components/CommandForm';
import { DateInput, PageTitle, QueryState, StatusTag, UnitSelect, useNames, useOptions } from '../components/common';

export type Head = Schemas['Household']['head'];

export type Commitment = Schemas['Household']['commitments'][number];

export type Household = Schemas['Household'];

export function useHeadName() {
  const { t } = useI18n();
  return (h: Head) =>
    typeof h === 'object' && h
      ? h.fullName
      : h === 'erased'
        ? t('(đã xóa dữ liệu cá nhân)', '(personal data erased)')
        : h === 'masked'
          ? t('(ẩn)', '(hidden)')
          : t('(không đọc được)', '(unreadable)');
}

/** Hộ nghèo: the household register with its filters, and registration. */
export function HouseholdsPage() {
  const { t, label } = useI18n();
  const opts = useOptions();
  const can = usePermissions();
  const { user } = useAuth();
  const names = useNames();
  const navigate = useNavigate();
  const headName = useHeadName();
  const [communeId, setCommune] = useState<string | undefined>(
    user?.role === 'commune_officer' ? (user.communeId ?? undefined) : undefined,
  );
  const [status, setStatus] = useState<string | undefined>();
  const [hasOpenCommitment, setOpen] = useState<string | undefined>();
  const [ethnicMinority, setEm] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const pageSize = 20;
  const list = useApi<Page<Household>>(
    withQuery('/api/households', {
      q: q.trim() || undefined,
      communeId,
      status,
      hasOpenCommitment,
      ethnicMinority,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
  );
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  const yesNo = [
    { value: 'true', label: t('Có', 'Yes') },
    { value: 'false', label: t('Không', 'No') },
  ];
  const reset = () => setPage(1);

  return (
    <div>
      <PageTitle
        extra={
          can.registerHousehold && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('Đăng ký hộ', 'Register a household')}
            </Button>
          )
        }
      >
        {t('Hộ nghèo', 'Households')}
      </PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('Mã hộ hoặc tên chủ hộ', 'Code or head’s name')}
            aria-label={t('Tìm theo mã hộ hoặc tên chủ hộ', 'Search by code or head’s name')}
            onSearch={(v) => {
              setQ(v);
              reset();
            }}
            style={{ width: 260 }}
          />
          <UnitSelect
            kinds={['commune']}
            activeOnly={false}
            placeholder={t('Xã', 'Commune')}
            aria-label={t('Lọc theo xã', 'Filter by commune')}
            value={communeId}
            onChange={(v) => {
              setCommune(v);
              reset();
            }}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            placeholder={t('Phân loại hộ', 'Status')}
            aria-label={t('Lọc theo phân loại hộ', 'Filter by status')}
            options={opts(HOUSEHOLD_STATUS_LABELS)}
            value={status}
            onChange={(v) => {
              setStatus(v);
              reset();
            }}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            placeholder={t('Có cam kết đang thực hiện', 'Has an open commitment')}
            aria-label={t('Lọc theo cam kết', 'Filter by commitment')}
            options={yesNo}
            value={hasOpenCommitment}
            onChange={(v) => {
              setOpen(v);
              reset();
            }}
            style={{ width: 230 }}
          />
          <Select
            allowClear
            placeholder={t('Hộ dân tộc thiểu số', 'Ethnic minority')}
            aria-label={t('Lọc theo dân tộc thiểu số', 'Filter by ethnic minority')}
            options={yesNo}
            value={ethnicMinority}
            onChange={(v) => {
              setEm(v);
              reset();
            }}
            style={{ width: 190 }}
          />
        </Space>
        <QueryState
          loading={list.isLoading}
          error={list.error}
          what={t('Máy chủ chưa có sổ hộ.', 'The server has no household register yet.')}
        >
          <Table<Household>
            rowKey="id"
            size="middle"
            dataSource={list.data?.items ?? []}
            scroll={{ x: 1000 }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              onChange: setPage,
              hideOnSinglePage: true,
            }}
            locale={{ emptyText: t('Chưa có hộ nào', 'No households yet') }}
            onRow={(h) => ({ onClick: () => navigate(`/ho-ngheo/${h.id}`) })}
            columns={[
              {
                title: t('Mã hộ', 'Code'),
                dataIndex: 'code',
                width: 110,
                render: (v: string, h) => (
                  <Button
                    type="link"
                    style={{ padding: 0 }}
                    onClick={(e) => {
                      e.stopPropagation();
                      navigate(`/ho-ngheo/${h.id}`);
                    }}
                  >
                    {v}
                  </Button>
                ),
              },
              { title: t('Chủ hộ', 'Head'), dataIndex: 'head', render: (h: Head) => headName(h) },
              { title: t('Dân tộc', 'Ethnicity'), dataIndex: 'ethnicity', width: 100 },
              { title: t('Xã', 'Commune'), dataIndex: 'communeId', render: (v: string) => names.unitName(v) },
              { title: t('Nhân khẩu', 'Members'), dataIndex: 'memberCount', width: 90, align: 'right' },
              {
                title: t('Phân loại', 'Status'),
                dataIndex: 'status',
                width: 170,
                render: (v: string, h) => (
                  <>
                    <StatusTag value={v} table={HOUSEHOLD_STATUS_LABELS} />
                    {h.latestAssessment?.transition && (
                      <Tag>{label(TRANSITION_LABELS, h.latestAssessment.transition)}</Tag>
                    )}
                  </>
                ),
              },
              {
                title: t('Thu nhập BQ/người/tháng', 'Income per capita / month'),
                key: 'inc',
                width: 160,
                align: 'right',
                render: (_: unknown, h) =>
                  h.latestAssessment
                    ? `${fmtVnd(h.latestAssessment.incomePerCapitaVnd)} (${h.latestAssessment.reviewYear})`
                    : '—',
              },
              {
                title: t('Cam kết', 'Commitments'),
                key: 'c',
                width: 150,
                render: (_: unknown, h) => {
                  const open = h.commitments.filter((c) => c.status === 'open' || c.status === 'overdue').length;
                  const overdue = h.commitments.filter((c) => c.status === 'overdue').length;
                  if (!h.commitments.length)
                    return h.status === 'poor' ? <Tag color="red">{t('Chưa có cam kết', 'No commitment')}</Tag> : '—';
                  return (
                    <>
                      {open} {t('đang thực hiện', 'open')}
                      {overdue > 0 && (
                        <Tag color="red" style={{ marginLeft: 4 }}>
                          {overdue} {t('quá hạn', 'overdue')}
                        </Tag>
                      )}
                    </>
                  );
                },
              },
              { title: t('Ngày đăng ký', 'Registered'), dataIndex: 'registeredOn', width: 120, render: fmtDate },
            ]}
          />
        </QueryState>
      </Card>

      <CommandForm<Record<string, unknown>>
        title={t('Đăng ký hộ gia đình', 'Register a household')}
        open={registering}
        onClose={() => setRegistering(false)}
        path="/api/households"
        offline={{
          title: (b) => `${t('Đăng ký hộ gia đình', 'Register a household')} — ${String(b.code ?? '')}`,
          resource: null,
        }}
        width={720}
        initialValues={{
          memberCount: 1,
          communeId: user?.role === 'commune_officer' ? user.communeId : undefined,
        }}
        successText={t('Đã đăng ký hộ', 'Household registered')}
        onDone={(r) =>
          navigate(`/ho-ngheo/${r.id}`, {
            state: {
              possibleDuplicates: (r as Partial<Schemas['HouseholdRegisteredResult']>).possibleDuplicates ?? [],
            },
          })
        }
      >
        {(form) => (
          <>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item label={t('Xã', 'Commune')} name="communeId" rules={[req]}>
                  <UnitSelect
                    kinds={['commune']}
                    disabled={user?.role === 'commune_officer'}
                    onChange={() => form.setFieldValue('villageId', undefined)}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item noStyle shouldUpdate={(a, b) => a.communeId !== b.communeId}>
                  {() => {
                    const c = form.getFieldValue('communeId') as string | undefined;
                    const villages = names.units
                      .filter((u) => u.kind === 'village' && u.parentId === c && u.status === 'active')
                      .map((u) => ({ value: u.id, label: u.name }));
                    return (
                      <Form.Item label={t('Thôn', 'Village')} name="villageId">
                        <Select allowClear options={villages} notFoundContent={t('Xã chưa có thôn', 'No villages')} />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item label={t('Mã hộ', 'Household code')} name="code" rules={[req]}>
                  <Input placeholder="HN-0001" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('Ngày đăng ký', 'Registered on')} name="registeredOn" rules={[req]}>
                  <DateInput past />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item label={t('Họ tên chủ hộ', 'Head of household')} name={['head', 'fullName']} rules={[req]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t('Năm sinh', 'Birth year')} name={['head', 'birthYear']}>
                  <InputNumber min={1900} max={2100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t('Giới tính', 'Gender')} name={['head', 'gender']}>
                  <Select allowClear options={opts(GENDER_LABELS)} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label={t('Số CCCD', 'ID number')} name={['head', 'idNumber']}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item label={t('Dân tộc', 'Ethnicity')} name="ethnicity" rules={[req]}>
                  <Input placeholder="Raglai" />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item label={t('Số nhân khẩu', 'Members')} name="memberCount" rules={[req]}>
                  <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item noStyle shouldUpdate={(a, b) => a.communeId !== b.communeId}>
              {() => {
                // A commune recorded with its type gives the area (xã rural, phường / thị trấn urban); otherwise it is asked.
                const commune = names.unitById.get(form.getFieldValue('communeId') as string);
                const typed = commune?.communeType;
                return (
                  <Form.Item
                    label={t('Khu vực', 'Area')}
                    name="area"
                    rules={typed ? [] : [req]}
                    extra={
                      typed
                        ? t(
                            `Bỏ trống: ${typed === 'xa' ? 'nông thôn (xã)' : 'thành thị (phường, thị trấn)'}`,
                            `Empty: ${typed === 'xa' ? 'rural (xã)' : 'urban (phường, thị trấn)'}`,
                          )
                        : undefined
                    }
                  >
                    <Radio.Group options={opts(AREA_LABELS)} />
                  </Form.Item>
                );
              }}
            </Form.Item>
          </>
        )}
      </CommandForm>
    </div>
  );
}
