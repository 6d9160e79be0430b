// Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0
//
// CloudStack Device HA: a native section for CloudStack's UI (4.20 to 4.22), installed as
// src/config/section/plugin/deviceha.js by ui/apply.js. Plain data and functions, no imports: CloudStack's generic
// list/detail view (AutogenView) renders every view, and every form is built from the listApis metadata of the
// plugin's commands. Every API, parameter and response field named here is checked against the plugin's command
// annotations by the build (UiApiNamesTest).

const deviceIds = (record) => record.id

// CloudStack's list view leaves a boolean's cell empty, true or false alike, and shows a list badly: these columns say
// it in words. A field the response leaves out (a default) stays empty.
const inWords = (value, absent) => value === undefined ? absent : (value ? 'Yes' : 'No')
const yesNo = (field) => ({ [field]: (record) => inWords(record[field], '') })
const joined = (field) => ({ [field]: (record) => (record[field] || []).join(', ') })
// A VF option the request leaves out is the agent's safe default; it means nothing for other kinds.
const vfOption = (field, byDefault) => ({
  [field]: (record) => record.kind === 'SRIOV_VF' ? inWords(record[field], byDefault) : ''
})
const SOURCES = { VM: 'VM', SERVICE_OFFERING: 'Service offering' }

export default {
  name: 'deviceha',
  title: 'label.deviceha',
  icon: 'safety-outlined',
  permission: ['listDeviceTags'],
  children: [
    {
      name: 'devicehareadiness',
      title: 'label.deviceha.readiness',
      icon: 'safety-certificate-outlined',
      permission: ['listDeviceHaReadiness'],
      columns: ['virtualmachinename', yesNo('protected'), 'candidatehosts', 'reason'],
      // Unprotected VMs by default: that list is what an operator acts on. CloudStack's generic view shows a
      // "filter by" list well only for its own views, so the choice is a search field: protected true, false or empty.
      params: { protected: false },
      searchFilters: ['clusterid', 'protected']
    },
    {
      name: 'devicefailovercapacity',
      title: 'label.deviceha.failover.capacity',
      icon: 'bar-chart-outlined',
      permission: ['listDeviceFailoverCapacity'],
      columns: ['clustername', 'tag', 'total', 'used', 'free', 'needed', joined('worsthostnames'), 'headroom', 'policy',
        yesNo('policyholds')],
      searchFilters: ['zoneid', 'clusterid', 'tag']
    },
    {
      name: 'hostdevice',
      title: 'label.deviceha.devices',
      icon: 'usb-outlined',
      permission: ['listDevices'],
      columns: ['address', 'hostname', 'kind', 'tag', 'state', yesNo('free'), 'allocatedunits', 'virtualmachinename',
        'usedby', 'productname', 'profilename', 'numanode'],
      details: ['id', 'address', 'hostname', 'kind', 'tag', 'state', 'free', 'allocatedunits', 'virtualmachinename',
        'usedby', 'backing',
        'parentaddress', 'vendorid', 'vendorname', 'productid', 'productname', 'driver', 'netdev', 'mdevtype',
        'profilename', 'availableinstances', 'totalinstances', 'numanode', 'managedbycloudstack'],
      searchFilters: ['zoneid', 'clusterid', 'tag', 'kind', 'free'],
      actions: [
        {
          api: 'rediscoverDevices',
          icon: 'sync-outlined',
          label: 'label.deviceha.rediscover',
          message: 'message.deviceha.rediscover',
          listView: true,
          args: ['hostid']
        },
        {
          api: 'rediscoverDevices',
          icon: 'sync-outlined',
          label: 'label.deviceha.rediscover',
          message: 'message.deviceha.rediscover',
          dataView: true,
          args: ['hostid'],
          mapping: { hostid: { value: (record) => record.hostid } }
        },
        {
          api: 'assignDeviceTag',
          icon: 'tag-outlined',
          label: 'label.deviceha.assign.tag',
          message: 'message.deviceha.assign.tag',
          dataView: true,
          groupAction: true,
          show: (record) => record.kind !== 'VGPU' && !record.managedbycloudstack,
          args: ['tag'],
          mapping: { deviceids: { value: deviceIds } },
          groupMap: (selection, values) => [{ tag: values.tag, deviceids: selection.join(',') }]
        },
        {
          api: 'unassignDeviceTag',
          icon: 'disconnect-outlined',
          label: 'label.deviceha.unassign.tag',
          message: 'message.deviceha.unassign.tag',
          dataView: true,
          groupAction: true,
          show: (record) => Boolean(record.tag) && record.kind !== 'VGPU',
          args: ['tag'],
          mapping: { tag: { value: (record) => record.tag }, deviceids: { value: deviceIds } },
          groupMap: (selection, values) => [{ tag: values.tag, deviceids: selection.join(',') }]
        }
      ]
    },
    {
      name: 'devicetag',
      title: 'label.deviceha.tags',
      icon: 'tag-outlined',
      permission: ['listDeviceTags'],
      columns: ['name', 'kind', 'tag', 'origin', 'devicecount', 'requestcount', 'description'],
      details: ['id', 'tag', 'kind', 'name', 'origin', 'description', 'devicecount', 'requestcount'],
      searchFilters: ['kind'],
      actions: [
        {
          api: 'createDeviceTag',
          icon: 'plus-outlined',
          label: 'label.deviceha.create.tag',
          listView: true,
          args: ['kind', 'name', 'description'],
          mapping: { kind: { options: ['SRIOV_VF', 'HCT', 'PCI'] } }
        },
        {
          api: 'updateDeviceTag',
          icon: 'edit-outlined',
          label: 'label.deviceha.update.tag',
          dataView: true,
          show: (record) => record.origin === 'ADMIN',
          args: ['description']
        },
        {
          api: 'deleteDeviceTag',
          icon: 'delete-outlined',
          label: 'label.deviceha.delete.tag',
          message: 'message.deviceha.delete.tag',
          dataView: true,
          show: (record) => record.origin === 'ADMIN'
        }
      ]
    },
    {
      name: 'devicetagrule',
      title: 'label.deviceha.tag.rules',
      icon: 'filter-outlined',
      permission: ['listDeviceTagRules'],
      columns: ['tag', 'priority', 'vendorid', 'productid', 'netdev', 'pciaddress', 'hostid', 'clusterid'],
      details: ['id', 'tag', 'priority', 'vendorid', 'productid', 'netdev', 'pciaddress', 'hostid', 'clusterid'],
      actions: [
        {
          api: 'createDeviceTagRule',
          icon: 'plus-outlined',
          label: 'label.deviceha.create.rule',
          listView: true,
          args: ['tag', 'priority', 'vendorid', 'productid', 'netdev', 'pciaddress', 'hostid', 'clusterid']
        },
        {
          api: 'deleteDeviceTagRule',
          icon: 'delete-outlined',
          label: 'label.deviceha.delete.rule',
          message: 'message.deviceha.delete.rule',
          dataView: true
        }
      ]
    },
    {
      name: 'devicerequest',
      title: 'label.deviceha.requests',
      icon: 'form-outlined',
      permission: ['listDeviceRequests'],
      columns: ['virtualmachinename', 'tag', 'count', 'vlan', vfOption('trust', 'No (default)'),
        vfOption('spoofchk', 'Yes (default)'), joined('macaddresses'), 'numa',
        { field: 'source', customTitle: 'deviceha.source', source: (record) => SOURCES[record.source] || '' }, 'error'],
      actions: [
        {
          api: 'addDeviceRequest',
          icon: 'plus-outlined',
          label: 'label.deviceha.add.request',
          listView: true,
          args: ['virtualmachineid', 'tag', 'count', 'numa'],
          mapping: { numa: { options: ['none', 'preferred', 'required'] } }
        },
        // The generic form sends an untouched switch as false, which would turn a VF's spoof checking off instead of
        // leaving the host's default: trust and spoofchk stay with cmk and the deviceha.requests detail.
        {
          api: 'addDeviceRequest',
          icon: 'api-outlined',
          label: 'label.deviceha.add.vf.request',
          listView: true,
          args: ['virtualmachineid', 'tag', 'count', 'vlan', 'macaddresses', 'numa'],
          mapping: { numa: { options: ['none', 'preferred', 'required'] } }
        },
        {
          api: 'removeDeviceRequest',
          icon: 'delete-outlined',
          label: 'label.deviceha.remove.request',
          message: 'message.deviceha.remove.request',
          listView: true,
          args: ['virtualmachineid', 'tag']
        }
      ]
    }
  ]
}
