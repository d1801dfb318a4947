import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useI18n } from '../../lib/i18n';
import { FUND_SOURCE_LABELS } from '../../lib/labels';
import { CommandForm } from '../../components/CommandForm';
import { DateInput, MoneyInput, OrgSelect, UnitSelect, useOptions } from '../../components/common';
import type { Project } from '../ProjectsPage';

export type Action = 'approve' | 'funding' | 'start' | 'progress' | 'complete' | 'hand-over' | 'cancel';

/** The form of one step of a project's life (approve, funding, start, progress, complete, hand over, cancel). */
export function ProjectActionForm({
  p,
  action,
  actionLabel,
  close,
}: {
  p: Project;
  action: Action;
  actionLabel: Record<Action, string>;
  close: () => void;
}) {
  const { t } = useI18n();
  const opts = useOptions();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <CommandForm<Record<string, unknown>>
      title={`${actionLabel[action]}: ${p.title}`}
      open
      onClose={close}
      path={`/api/projects/${p.id}/${action}`}
      ifMatch={p.revision}
      initialValues={
        action === 'progress'
          ? { percent: p.progress }
          : action === 'funding'
            ? { kind: 'pledged', source: 'social_mobilization', sponsorType: 'none' }
            : action === 'hand-over'
              ? { toAdminUnitId: p.adminUnitId }
              : {}
      }
      toBody={
        action === 'funding'
          ? (v) => {
              const { sponsorType, ...rest } = v as Record<string, unknown>;
              const b = { ...rest, on: (v.on as { format(f: string): string }).format('YYYY-MM-DD') } as Record<
                string,
                unknown
              >;
              return {
                ...b,
                sponsorOrganizationId: sponsorType === 'organization' ? (b.sponsorOrganizationId ?? null) : null,
                sponsorName: sponsorType === 'individual' ? (b.sponsorName ?? null) : null,
              };
            }
          : action === 'complete'
            ? (v) => {
                const outputs = String(v.outputsText ?? '')
                  .split('\n')
                  .map((l) => l.split(/[:=]/))
                  .filter((x) => x.length === 2 && x[0].trim())
                  .map(([k, n]) => [k.trim(), Number(n)]);
                return {
                  completedOn: (v.completedOn as { format(f: string): string }).format('YYYY-MM-DD'),
                  actualCostVnd: v.actualCostVnd,
                  outputs: Object.fromEntries(outputs),
                  beneficiaryHouseholds: v.beneficiaryHouseholds ?? 0,
                };
              }
            : undefined
      }
    >
      {(form) => {
        switch (action) {
          case 'approve':
            return (
              <>
                <Form.Item label={t('Ngày phê duyệt', 'Approved on')} name="approvedOn" rules={[req]}>
                  <DateInput past />
                </Form.Item>
                <Form.Item label={t('Số quyết định', 'Decision reference')} name="decisionRef" rules={[req]}>
                  <Input />
                </Form.Item>
              </>
            );
          case 'start':
            return (
              <Form.Item label={t('Ngày khởi công', 'Started on')} name="startedOn" rules={[req]}>
                <DateInput past />
              </Form.Item>
            );
          case 'progress':
            return (
              <>
                <Form.Item label={t('Tiến độ (%)', 'Progress (%)')} name="percent" rules={[req]}>
                  <InputNumber min={0} max={100} precision={0} />
                </Form.Item>
                <Form.Item label={t('Ngày báo cáo', 'On')} name="on" rules={[req]}>
                  <DateInput past />
                </Form.Item>
                <Form.Item label={t('Ghi chú', 'Note')} name="note">
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            );
          case 'complete':
            return (
              <>
                <Form.Item label={t('Ngày hoàn thành', 'Completed on')} name="completedOn" rules={[req]}>
                  <DateInput past />
                </Form.Item>
                <Form.Item label={t('Chi phí thực tế (VND)', 'Actual cost (VND)')} name="actualCostVnd" rules={[req]}>
                  <MoneyInput />
                </Form.Item>
                <Form.Item label={t('Số hộ hưởng lợi', 'Beneficiary households')} name="beneficiaryHouseholds">
                  <InputNumber min={0} precision={0} />
                </Form.Item>
                <Form.Item
                  label={t('Kết quả (mỗi dòng "tên: số lượng")', 'Outputs (one "name: number" per line)')}
                  name="outputsText"
                >
                  <Input.TextArea rows={3} placeholder="lights: 60" />
                </Form.Item>
              </>
            );
          case 'hand-over':
            return (
              <>
                <Form.Item label={t('Ngày bàn giao', 'Handed over on')} name="handedOverOn" rules={[req]}>
                  <DateInput past />
                </Form.Item>
                <Form.Item label={t('Bàn giao cho', 'Handed over to')} name="toAdminUnitId" rules={[req]}>
                  <UnitSelect kinds={['commune', 'village']} />
                </Form.Item>
              </>
            );
          case 'cancel':
            return (
              <Form.Item label={t('Lý do hủy', 'Reason')} name="reason" rules={[req]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            );
          case 'funding':
            return (
              <>
                <Form.Item label={t('Loại', 'Kind')} name="kind" rules={[req]}>
                  <Radio.Group
                    options={[
                      { value: 'pledged', label: t('Cam kết tài trợ', 'Pledged') },
                      { value: 'received', label: t('Đã nhận', 'Received') },
                    ]}
                  />
                </Form.Item>
                <Form.Item label={t('Nguồn', 'Source')} name="source" rules={[req]}>
                  <Select options={opts(FUND_SOURCE_LABELS)} />
                </Form.Item>
                <Form.Item label={t('Số tiền (VND)', 'Amount (VND)')} name="amountVnd" rules={[req]}>
                  <MoneyInput />
                </Form.Item>
                <Form.Item label={t('Ngày', 'On')} name="on" rules={[req]}>
                  <DateInput past />
                </Form.Item>
                <Form.Item label={t('Nhà tài trợ', 'Sponsor')} name="sponsorType">
                  <Radio.Group
                    options={[
                      { value: 'none', label: t('Không (ngân sách)', 'None (state)') },
                      { value: 'organization', label: t('Cơ quan, đơn vị', 'Organisation') },
                      { value: 'individual', label: t('Cá nhân', 'Individual') },
                    ]}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() =>
                    form.getFieldValue('sponsorType') === 'organization' ? (
                      <Form.Item
                        label={t('Đơn vị tài trợ', 'Sponsor organisation')}
                        name="sponsorOrganizationId"
                        rules={[req]}
                      >
                        <OrgSelect />
                      </Form.Item>
                    ) : form.getFieldValue('sponsorType') === 'individual' ? (
                      <Form.Item label={t('Tên nhà tài trợ', 'Sponsor name')} name="sponsorName" rules={[req]}>
                        <Input />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
              </>
            );
          default:
            return null;
        }
      }}
    </CommandForm>
  );
}
