# Device HA with the existing Terraform provider for CloudStack (docs/terraform.md). Device requests are VM and
# service-offering details; the plugin's two global settings are CloudStack configurations. Every deviceha.requests
# value below is checked by the plugin's own parser in the test suite, and the instance's details are replayed
# against the API sandbox as the provider sends them.

terraform {
  required_providers {
    cloudstack = {
      source  = "cloudstack/cloudstack"
      version = ">= 0.5.0"
    }
  }
}

provider "cloudstack" {
  api_url    = var.api_url
  api_key    = var.api_key
  secret_key = var.secret_key
}

# The plugin's host allocator first, so that VMs with device requests start only on hosts with free devices.
# Read at start: restart the management servers after the first apply (docs/install.md).
resource "cloudstack_configuration" "host_allocators_order" {
  name  = "host.allocators.order"
  value = "DeviceHaHostAllocator,FirstFitRouting"
}

# Leaves the plugin's HA planner the one CloudStack's HA worker falls back to.
resource "cloudstack_configuration" "ha_planners_exclude" {
  name  = "ha.planners.exclude"
  value = "SkipHeuresticsPlanner"
}

# Every VM of this offering asks for two VFs of the trading network on VLAN 100 and an HCT crypto device, and is
# restarted by HA on another host that has them free.
resource "cloudstack_service_offering" "trading" {
  name         = "trading-ha"
  display_text = "Trading, HA: two VFs on VLAN 100 and an HCT device"
  cpu_number   = 8
  cpu_speed    = 2600
  memory       = 32768
  offer_ha     = true

  service_offering_details = {
    "deviceha.requests" = "SRIOV_VF/trading-net;count=2;vlan=100,HCT/sm-crypto"
  }
}

resource "cloudstack_instance" "trader" {
  name             = "trader-3"
  service_offering = cloudstack_service_offering.trading.name
  template         = var.template
  zone             = var.zone
  network_id       = var.network_id
}

# A VM's own request, beside those of its offering: here one T4 vGPU with the 1Q profile, and a VF whose MAC is
# fixed (it keeps it on every host it restarts on).
resource "cloudstack_instance" "inference" {
  name             = "infer-t4-2"
  service_offering = var.ha_offering
  template         = var.template
  zone             = var.zone
  network_id       = var.network_id

  details = {
    "deviceha.requests" = "VGPU/t4-1q,SRIOV_VF/trading-net;vlan=200;mac=02:dc:00:00:10:01"
  }
}

variable "api_url" {
  description = "CloudStack's API URL, e.g. http://mgmt.example.net:8080/client/api"
  type        = string
}

variable "api_key" {
  description = "The API key of an admin"
  type        = string
  sensitive   = true
}

variable "secret_key" {
  description = "The secret key of that admin"
  type        = string
  sensitive   = true
}

variable "zone" {
  description = "The zone's name or UUID"
  type        = string
}

variable "template" {
  description = "The template's name or UUID"
  type        = string
}

variable "network_id" {
  description = "The guest network's UUID"
  type        = string
}

variable "ha_offering" {
  description = "An offering with HA on (offer_ha) for the inference VM"
  type        = string
}
