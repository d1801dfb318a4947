import { Checkbox, Form, Input, Select } from 'antd';
import { CommandForm } from './CommandForm';
import { DateInput, UnitSelect, useOptions, type AdminUnit } from './common';
import { useI18n } from '../lib/i18n';
import { CLASSIFICATION_LABELS, COMMUNE_TYPE_LABELS, UNIT_KIND_LABELS } from '../lib/labels';
import { compact, datesToIso } from '../lib/format';

export type UnitDialog =
  | { kind: 'establish'; parentId?: string | null }
  | { kind: 'rename'; unit: AdminUnit }
  | { kind: 'reclassify'; unit: AdminUnit }
  | { kind: 'dissolve'; unit: AdminUnit }
  | { kind: 'merge'; predecessorIds?: string[] };

/** The admin-unit commands (establish, rename, reclassify, merge, dissolve), one dialog each. */
export function UnitForms({ dialog, onClose }: { dialog: UnitDialog | null; onClose(): void }) {
  const { t } = useI18n();
  const opts = useOptions();
  const req = { required: true, message: t('Bắt buộc nhập', 'Required') };
  return (
    <>
      <CommandForm<Record<string, unknown>>
        title={t('Thành lập đơn vị hành chính', 'Establish an administrative unit')}
        open={dialog?.kind === 'establish'}
        onClose={onClose}
        path="/api/admin-units"
        initialValues={{
          kind: 'commune',
          communeType: 'xa',
          parentId: dialog?.kind === 'establish' ? (dialog.parentId ?? undefined) : undefined,
          classifications: [],
        }}
        toBody={(v) => ({
          ...(compact(datesToIso(v)) as object),
          parentId: v.parentId ?? null,
          classifications: v.classifications ?? [],
          communeType: v.kind === 'commune' ? (v.communeType ?? undefined) : undefined,
        })}
        successText={t('Đã thành lập đơn vị', 'Unit established')}
      >
        <Form.Item label={t('Cấp', 'Kind')} name="kind" rules={[req]}>
          <Select options={opts(UNIT_KIND_LABELS)} />
        </Form.Item>
        <Form.Item label={t('Tên', 'Name')} name="name" rules={[req]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('Mã', 'Code')} name="code" rules={[req]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('Trực thuộc', 'Parent')} name="parentId">
          <UnitSelect
            kinds={['province', 'district', 'commune']}
            placeholder={t('(không có — cấp tỉnh)', '(none — a province)')}
          />
        </Form.Item>
        <CommuneTypeItem name="communeType" kindField="kind" />
        <Form.Item label={t('Phân loại', 'Classifications')} name="classifications">
          <Checkbox.Group options={opts(CLASSIFICATION_LABELS)} />
        </Form.Item>
        <Form.Item label={t('Ngày thành lập', 'Established on')} name="establishedOn" rules={[req]}>
          <DateInput />
        </Form.Item>
      </CommandForm>

      {dialog?.kind === 'rename' && (
        <CommandForm<Record<string, unknown>>
          title={`${t('Đổi tên', 'Rename')}: ${dialog.unit.name}`}
          open
          onClose={onClose}
          path={`/api/admin-units/${dialog.unit.id}/rename`}
          ifMatch={dialog.unit.revision}
          initialValues={{ name: dialog.unit.name }}
        >
          <Form.Item label={t('Tên mới', 'New name')} name="name" rules={[req]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('Ngày hiệu lực', 'Effective on')} name="effectiveOn" rules={[req]}>
            <DateInput />
          </Form.Item>
        </CommandForm>
      )}

      {dialog?.kind === 'reclassify' && (
        <CommandForm<Record<string, unknown>>
          title={`${t('Phân loại lại', 'Reclassify')}: ${dialog.unit.name}`}
          open
          onClose={onClose}
          path={`/api/admin-units/${dialog.unit.id}/classifications`}
          ifMatch={dialog.unit.revision}
          initialValues={{ classifications: dialog.unit.classifications }}
          toBody={(v) => {
            const wanted = (v.classifications as string[]) ?? [];
            const had: string[] = dialog.unit.classifications;
            return {
              add: wanted.filter((c) => !had.includes(c)),
              remove: had.filter((c) => !wanted.includes(c)),
              effectiveOn: datesToIso(v.effectiveOn),
            };
          }}
        >
          <Form.Item label={t('Phân loại', 'Classifications')} name="classifications">
            <Checkbox.Group options={opts(CLASSIFICATION_LABELS)} />
          </Form.Item>
          <Form.Item label={t('Ngày hiệu lực', 'Effective on')} name="effectiveOn" rules={[req]}>
            <DateInput />
          </Form.Item>
        </CommandForm>
      )}

      {dialog?.kind === 'dissolve' && (
        <CommandForm<Record<string, unknown>>
          title={`${t('Giải thể', 'Dissolve')}: ${dialog.unit.name}`}
          open
          onClose={onClose}
          path={`/api/admin-units/${dialog.unit.id}/dissolve`}
          ifMatch={dialog.unit.revision}
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

      <CommandForm<Record<string, unknown>>
        title={t('Sáp nhập đơn vị hành chính', 'Merge administrative units')}
        open={dialog?.kind === 'merge'}
        onClose={onClose}
        path="/api/admin-units/merges"
        width={720}
        initialValues={{
          predecessorIds: dialog?.kind === 'merge' ? (dialog.predecessorIds ?? []) : [],
          successor: { kind: 'commune' },
        }}
        toBody={(v) => {
          const b = compact(datesToIso(v)) as { successor: Record<string, unknown> };
          const communeType = b.successor.kind === 'commune' ? (b.successor.communeType ?? undefined) : undefined;
          return { ...b, successor: { ...b.successor, parentId: b.successor.parentId ?? null, communeType } };
        }}
        successText={t('Đã sáp nhập', 'Merged')}
      >
        <Form.Item
          label={t('Các đơn vị sáp nhập (từ 2 trở lên)', 'Units to merge (two or more)')}
          name="predecessorIds"
          rules={[req]}
        >
          <UnitSelect mode="multiple" kinds={['district', 'commune', 'village']} />
        </Form.Item>
        <Form.Item label={t('Cấp của đơn vị mới', 'Successor kind')} name={['successor', 'kind']} rules={[req]}>
          <Select options={opts(UNIT_KIND_LABELS)} />
        </Form.Item>
        <Form.Item label={t('Tên đơn vị mới', 'Successor name')} name={['successor', 'name']} rules={[req]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('Mã đơn vị mới', 'Successor code')} name={['successor', 'code']} rules={[req]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('Trực thuộc', 'Parent')} name={['successor', 'parentId']}>
          <UnitSelect kinds={['province', 'district']} />
        </Form.Item>
        <CommuneTypeItem name={['successor', 'communeType']} kindField={['successor', 'kind']} merge />
        <Form.Item label={t('Ngày hiệu lực', 'Effective on')} name="effectiveOn" rules={[req]}>
          <DateInput />
        </Form.Item>
        <Form.Item label={t('Số quyết định', 'Decision reference')} name="decisionRef" rules={[req]}>
          <Input />
        </Form.Item>
      </CommandForm>
    </>
  );
}

/**
 * Xã / phường / thị trấn, shown only while the kind is a commune: households registered there
 * take its area (xã rural, phường and thị trấn urban) unless the form names one.
 */
function CommuneTypeItem({
  name,
  kindField,
  merge,
}: {
  name: string | string[];
  kindField: string | string[];
  merge?: boolean;
}) {
  const { t } = useI18n();
  const opts = useOptions();
  return (
    <Form.Item noStyle shouldUpdate>
      {(form) =>
        form.getFieldValue(kindField) === 'commune' ? (
          <Form.Item
            label={t('Loại đơn vị cấp xã', 'Commune type')}
            name={name}
            extra={
              merge
                ? t('Bỏ trống: theo loại chung của các đơn vị sáp nhập', 'Empty: the type the merged units share')
                : t('Xã: nông thôn; phường, thị trấn: thành thị', 'Xã: rural; phường, thị trấn: urban')
            }
          >
            <Select
              allowClear
              options={opts(COMMUNE_TYPE_LABELS)}
              data-testid={merge ? 'successor-commune-type' : 'commune-type'}
            />
          </Form.Item>
        ) : null
      }
    </Form.Item>
  );
}
