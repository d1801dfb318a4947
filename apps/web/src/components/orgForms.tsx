import { Form, Input, Select } from 'antd';
import { CommandForm } from './CommandForm';
import { DateInput, useOptions, type Organization } from './common';
import { useI18n } from '../lib/i18n';
import { ORG_KIND_LABELS } from '../lib/labels';

export type OrgDialog =
  { kind: 'register' } | { kind: 'rename'; org: Organization } | { kind: 'dissolve'; org: Organization };

export function OrgForms({ dialog, onClose }: { dialog: OrgDialog | null; onClose(): void }) {
  const { t } = useI18n();
  const opts = useOptions();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <>
      <CommandForm<Record<string, unknown>>
        title={t('Đăng ký cơ quan, đơn vị', 'Register an organisation')}
        open={dialog?.kind === 'register'}
        onClose={onClose}
        path="/api/organizations"
        initialValues={{ kind: 'mass_organization' }}
        successText={t('Đã đăng ký đơn vị', 'Organisation registered')}
      >
        <Form.Item label={t('Tên đơn vị', 'Name')} name="name" rules={[req]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('Tên viết tắt', 'Short name')} name="shortName">
          <Input />
        </Form.Item>
        <Form.Item label={t('Loại', 'Kind')} name="kind" rules={[req]}>
          <Select options={opts(ORG_KIND_LABELS)} />
        </Form.Item>
        <Form.Item label={t('Ngày đăng ký', 'Registered on')} name="registeredOn">
          <DateInput past />
        </Form.Item>
      </CommandForm>
      {dialog?.kind === 'rename' && (
        <CommandForm<Record<string, unknown>>
          title={`${t('Đổi tên', 'Rename')}: ${dialog.org.name}`}
          open
          onClose={onClose}
          path={`/api/organizations/${dialog.org.id}/rename`}
          ifMatch={dialog.org.revision}
          initialValues={{ name: dialog.org.name }}
        >
          <Form.Item label={t('Tên mới', 'New name')} name="name" rules={[req]}>
            <Input />
          </Form.Item>
        </CommandForm>
      )}
      {dialog?.kind === 'dissolve' && (
        <CommandForm<Record<string, unknown>>
          title={`${t('Giải thể', 'Dissolve')}: ${dialog.org.name}`}
          open
          onClose={onClose}
          path={`/api/organizations/${dialog.org.id}/dissolve`}
          ifMatch={dialog.org.revision}
          submitText={t('Giải thể', 'Dissolve')}
        >
          <Form.Item label={t('Ngày giải thể', 'Dissolved on')} name="dissolvedOn" rules={[req]}>
            <DateInput />
          </Form.Item>
          <Form.Item label={t('Lý do', 'Reason')} name="reason" rules={[req]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </CommandForm>
      )}
    </>
  );
}
