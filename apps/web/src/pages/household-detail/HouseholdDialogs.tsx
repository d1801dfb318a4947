import { Form, Input, InputNumber, Typography } from 'antd';
import { datesToIso, today } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { COMMITMENT_KIND_LABELS } from '../../lib/labels';
import { CommandForm } from '../../components/CommandForm';
import { DateInput, MoneyInput, UnitSelect } from '../../components/common';
import type { Household } from '../HouseholdsPage';
import { AssessDialog } from './AssessDialog';
import { CommitDialog } from './CommitDialog';
import { MergeDialog } from './MergeDialog';
import type { Dialog, Standard } from './types';

interface Props {
  h: Household;
  dialog: Dialog | null;
  close: () => void;
  standards: Standard[];
}

/** The household's commands, each a form posting to its route with the household's revision. */
export function HouseholdDialogs({ h, dialog, close, standards }: Props) {
  const { t, label } = useI18n();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  const base = { onClose: close, ifMatch: h.revision };
  return (
    <>
      <AssessDialog h={h} open={dialog?.kind === 'assess'} close={close} standards={standards} />
      <CommitDialog h={h} open={dialog?.kind === 'commit'} close={close} />
      <MergeDialog h={h} open={dialog?.kind === 'merge'} close={close} />
      {dialog?.kind === 'deliver' && (
        <CommandForm<Record<string, unknown>>
          {...base}
          title={`${t('Trao hỗ trợ', 'Deliver support')}: ${label(COMMITMENT_KIND_LABELS, dialog.c.kind)}`}
          open
          path={`/api/households/${h.id}/commitments/${dialog.c.id}/deliveries`}
          offline={{
            title: `${t('Trao hỗ trợ', 'Deliver support')} — ${h.code}: ${label(COMMITMENT_KIND_LABELS, dialog.c.kind)}`,
            resource: `/api/households/${h.id}`,
          }}
          initialValues={{ valueVnd: Math.max(0, dialog.c.valueVnd - dialog.c.deliveredVnd), deliveredOn: today() }}
          successText={t('Đã ghi nhận việc trao hỗ trợ', 'Delivery recorded')}
        >
          <Form.Item label={t('Ngày trao', 'Delivered on')} name="deliveredOn" rules={[req]}>
            <DateInput past />
          </Form.Item>
          <Form.Item label={t('Nội dung', 'Description')} name="description" rules={[req]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label={t('Giá trị (VND)', 'Value (VND)')} name="valueVnd" rules={[req]}>
            <MoneyInput />
          </Form.Item>
        </CommandForm>
      )}
      {dialog?.kind === 'fulfil' && (
        <CommandForm<Record<string, unknown>>
          {...base}
          title={t('Xác nhận hoàn thành cam kết', 'Mark the commitment fulfilled')}
          open
          path={`/api/households/${h.id}/commitments/${dialog.c.id}/fulfil`}
          initialValues={{ fulfilledOn: today() }}
        >
          <Form.Item label={t('Ngày hoàn thành', 'Fulfilled on')} name="fulfilledOn" rules={[req]}>
            <DateInput past />
          </Form.Item>
        </CommandForm>
      )}
      {dialog?.kind === 'cancel' && (
        <CommandForm<Record<string, unknown>>
          {...base}
          title={t('Hủy cam kết', 'Cancel the commitment')}
          open
          path={`/api/households/${h.id}/commitments/${dialog.c.id}/cancel`}
          submitText={t('Hủy cam kết', 'Cancel it')}
        >
          <Form.Item label={t('Lý do', 'Reason')} name="reason" rules={[req]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandForm>
      )}
      <CommandForm<Record<string, unknown>>
        {...base}
        title={t('Thay đổi nhân khẩu', 'Change members')}
        open={dialog?.kind === 'members'}
        path={`/api/households/${h.id}/members`}
        initialValues={{ memberCount: h.memberCount }}
      >
        <Form.Item label={t('Số nhân khẩu', 'Members')} name="memberCount" rules={[req]}>
          <InputNumber min={1} max={100} precision={0} />
        </Form.Item>
        <Form.Item label={t('Ngày hiệu lực', 'Effective on')} name="effectiveOn" rules={[req]}>
          <DateInput past />
        </Form.Item>
      </CommandForm>
      <CommandForm<Record<string, unknown>>
        {...base}
        title={t('Chuyển nơi ở', 'Move the household')}
        open={dialog?.kind === 'move'}
        path={`/api/households/${h.id}/move`}
        toBody={(v) => ({ ...(datesToIso(v) as object), toVillageId: v.toVillageId ?? null })}
      >
        <Form.Item label={t('Đến xã', 'To commune')} name="toCommuneId" rules={[req]}>
          <UnitSelect kinds={['commune']} />
        </Form.Item>
        <Form.Item label={t('Đến thôn', 'To village')} name="toVillageId">
          <UnitSelect kinds={['village']} />
        </Form.Item>
        <Form.Item label={t('Ngày chuyển', 'Moved on')} name="movedOn" rules={[req]}>
          <DateInput past />
        </Form.Item>
      </CommandForm>
      <CommandForm<Record<string, unknown>>
        {...base}
        title={t('Xóa dữ liệu cá nhân của chủ hộ', "Erase the head's personal data")}
        open={dialog?.kind === 'erase'}
        path={`/api/households/${h.id}/erase-personal-data`}
        submitText={t('Xóa vĩnh viễn', 'Erase for good')}
      >
        <Typography.Paragraph type="warning">
          {t(
            'Họ tên, năm sinh, số CCCD sẽ không thể khôi phục. Lịch sử vẫn được giữ.',
            'Name, birth year and ID number become unrecoverable. History stays.',
          )}
        </Typography.Paragraph>
        <Form.Item label={t('Căn cứ / lý do', 'Legal ground / reason')} name="reason" rules={[req]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </CommandForm>
    </>
  );
}
