#!/usr/bin/env bash
# Runs the plugin inside a real CloudStack management server and checks it end to end (docs/real-cloudstack.md).
#
#   CS=/path/to/built/cloudstack [CMK=/path/to/cmk] [WORK=dir] scripts/real-cloudstack-check.sh [--keep-running]
#
# CS is a CloudStack source tree built with the simulator (mvn -Pdeveloper -Dsimulator -DskipTests install). The
# script builds the plugin's jars from this repository (package, never install), deploys a fresh database on the local
# MariaDB (root@localhost, empty password, as CloudStack's developer profile expects), starts the server with the
# plugin's jars on its class path (jetty:run), makes a simulator zone through the API, sets the three placement
# settings, restarts, and checks. One PASS/FAIL/SKIP line per check; exit 0 when all passed, 1 when a check failed,
# 2 when something it needs is missing. --keep-running leaves the server up (stop it with the line it prints).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
KEEP=false
for arg in "$@"; do
  case $arg in
    --keep-running) KEEP=true ;;
    *) echo "usage: CS=<built CloudStack tree> [CMK=cmk] [WORK=dir] $0 [--keep-running]" >&2; exit 2 ;;
  esac
done
CS=${CS:-}
WORK=${WORK:-${TMPDIR:-/tmp}/device-ha-real-cloudstack}
if [ -z "${CMK:-}" ]; then
  if command -v cmk >/dev/null; then CMK=$(command -v cmk); elif [ -x "$ROOT/../shared/tools/cmk" ]; then CMK=$ROOT/../shared/tools/cmk; fi
fi
API=http://127.0.0.1:8080/client/api
# Maven options for the CloudStack tree. CloudStack's poms name repositories besides Maven Central; the settings
# written below send every one of them to Central. -llr: artifacts the tree's build fetched under another repository
# id count as present (Maven otherwise remembers which repository each came from and fetches them again).
CS_MAVEN_ARGS=${CS_MAVEN_ARGS:-}
MS_OPTS='-Xmx3g --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/jdk.internal.reflect=ALL-UNNAMED --add-exports=java.base/sun.security.x509=ALL-UNNAMED'
START=$(date +%s)

failures=0
say() { printf '%s\n' "$*"; }
pass() { say "PASS  $1"; }
fail() { say "FAIL  $1"; failures=$((failures + 1)); }
skip() { say "SKIP  $1"; }
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
need() { say "MISSING $*" >&2; exit 2; }
step() { say "----  $* ($(( $(date +%s) - START )) s)"; }

# --- what the run needs ---------------------------------------------------------------------------------------------
[ -n "$CS" ] && [ -f "$CS/client/pom.xml" ] || need "CS=<a CloudStack source tree> (client/pom.xml not found)"
ls "$CS"/client/target/cloud-client-ui-*.jar >/dev/null 2>&1 \
  || need "a built CloudStack tree: run 'mvn -Pdeveloper -Dsimulator -DskipTests install' in $CS first"
[ -n "${CMK:-}" ] && [ -x "$CMK" ] || need "CloudMonkey: set CMK=<path to cmk> (github.com/apache/cloudstack-cloudmonkey)"
for tool in mvn java jq curl mysql mysqladmin; do
  command -v $tool >/dev/null || need "$tool (Debian: apt-get install maven openjdk-17-jdk-headless jq curl mariadb-server)"
done
if ! mysqladmin -uroot --silent ping >/dev/null 2>&1; then
  service mariadb start >/dev/null 2>&1 || need "a running MariaDB (service mariadb start)"
fi
mysql -uroot -h127.0.0.1 -e 'select 1' >/dev/null 2>&1 \
  || need "root@localhost with mysql_native_password and an empty password (docs/real-cloudstack.md)"
mkdir -p "$WORK"
LOG=$CS/vmops.log
if [ -z "$CS_MAVEN_ARGS" ]; then
  cat >"$WORK/maven-settings.xml" <<'XML'
<settings><mirrors><mirror><id>central</id><mirrorOf>*</mirrorOf><url>https://repo.maven.apache.org/maven2</url></mirror></mirrors></settings>
XML
  CS_MAVEN_ARGS="-s $WORK/maven-settings.xml -llr"
fi

# The plugin's jars go on the webapp's extraClasspath, i.e. the class loader of CloudStack's own jars, as in a
# packaged install's lib/: its class in com.cloud.api.dispatch needs that.
if ! grep -q 'devha.cp' "$CS/client/pom.xml"; then
  sed -i -e 's#\(cloud-client-ui-${project.version}.jar\)</extraClasspath>#\1;${devha.cp}</extraClasspath>#' \
         -e '0,/<\/parent>/s#</parent>#</parent>\n    <properties><devha.cp>${project.build.directory}/conf/</devha.cp></properties>#' \
         "$CS/client/pom.xml"
  grep -q ';${devha.cp}</extraClasspath>' "$CS/client/pom.xml" || need "a client/pom.xml whose jetty extraClasspath ends with cloud-client-ui-\${project.version}.jar"
  say "NOTE  added the plugin class path hook (devha.cp) to $CS/client/pom.xml"
fi

# --- the management server -------------------------------------------------------------------------------------------
log_size() { stat -c %s "$LOG" 2>/dev/null || echo 0; }
log_since() { tail -c +"$(( $1 + 1 ))" "$LOG" 2>/dev/null; }

ms_stop() {
  local pid; pid=$(cat "$WORK/ms.pid" 2>/dev/null) || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 90); do kill -0 "$pid" 2>/dev/null || { rm -f "$WORK/ms.pid"; return 0; }; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null; rm -f "$WORK/ms.pid"
}

# Starts jetty:run in its own session; returns once the API answers, or fails when the server died or stayed silent.
ms_start() {
  [ -f "$LOG" ] && mv "$LOG" "$WORK/vmops-$(date +%H%M%S).log"
  # setsid without a fork: the recorded pid leads the server's process group, which ms_stop signals.
  setsid nohup bash -c "cd '$CS' && MAVEN_OPTS='$MS_OPTS' exec nice mvn -B $CS_MAVEN_ARGS -pl client \
      org.eclipse.jetty:jetty-maven-plugin:run -Dsimulator '-Ddevha.cp=$PLUGIN_CP'" >"$WORK/ms.out" 2>&1 </dev/null &
  echo $! >"$WORK/ms.pid"
  for _ in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$API?command=listCapabilities")
    [ "$code" = 401 ] || [ "$code" = 200 ] && return 0
    kill -0 "$(cat "$WORK/ms.pid")" 2>/dev/null || return 1
    grep -q 'Failed startup of context\|Error creating bean' "$LOG" 2>/dev/null && return 1
    sleep 5
  done
  return 1
}

# API calls as admin over a session (raw JSON: what CloudStack's serializer wrote). Async jobs are waited for.
login() {
  SESSION=$(curl -s -c "$WORK/cookies" -X POST "$API" -d 'command=login&username=admin&password=password&response=json' \
    | jq -r '.loginresponse.sessionkey // empty')
  [ -n "$SESSION" ]
}
api() {
  local cmd=$1; shift; local args=(--data-urlencode "command=$cmd" --data-urlencode response=json --data-urlencode "sessionkey=$SESSION")
  for kv in "$@"; do args+=(--data-urlencode "$kv"); done
  local body; body=$(curl -s -b "$WORK/cookies" -X POST "$API" "${args[@]}")
  local job; job=$(jq -r 'to_entries[0].value.jobid // empty' <<<"$body" 2>/dev/null)
  if [ -n "$job" ] && [ "$(jq -r 'to_entries[0].value.errorcode // empty' <<<"$body")" = "" ]; then
    for _ in $(seq 1 150); do
      body=$(curl -s -b "$WORK/cookies" "$API?command=queryAsyncJobResult&jobid=$job&response=json&sessionkey=$SESSION")
      [ "$(jq -r .queryasyncjobresultresponse.jobstatus <<<"$body")" != 0 ] && break; sleep 2
    done
  fi
  printf '%s' "$body"
}
error_code() { jq -r '[.. | objects | .errorcode? // empty][0] // empty'; }
error_text() { jq -r '[.. | objects | .errortext? // empty][0] // empty'; }
cmk_() { HOME=$WORK/cmkhome "$CMK" -u "$API" -k "$APIKEY" -s "$SECRETKEY" -o json "$@"; }

# --- 1. the plugin's jars --------------------------------------------------------------------------------------------
step "building the plugin (mvn -pl plugin-ha-devices -am package -DskipTests)"
(cd "$ROOT" && nice mvn -B -ntp -q -pl plugin-ha-devices -am package -DskipTests ${MVN_ARGS:-}) >"$WORK/build.log" 2>&1 \
  || { tail -30 "$WORK/build.log"; fail "the plugin builds (log: $WORK/build.log)"; exit 1; }
rm -rf "$WORK/jars"; mkdir -p "$WORK/jars"
for jar in "$ROOT"/plugin-ha-devices/target/plugin-ha-devices-*.jar "$ROOT"/device-ha-common/target/device-ha-common-*.jar \
    "$ROOT"/device-ha-gson/target/device-ha-gson-*.jar; do
  [ -f "$jar" ] || continue
  case $(basename "$jar") in *-sources.jar|*-tests.jar|*-javadoc.jar) ;; *) cp "$jar" "$WORK/jars/" ;; esac
done
PLUGIN_CP=$(ls "$WORK"/jars/*.jar | paste -sd ';')
pass "the plugin's jars are built: $(cd "$WORK/jars" && ls | paste -sd ' ')"

# The APIs the plugin registers, from its command classes: the classes DeviceHaApiCommands lists, each one's name.
EXPECTED_APIS=$(grep -o '[A-Za-z]*Cmd\.class' "$ROOT"/plugin-ha-devices/src/main/java/dev/deviceha/cloudstack/api/DeviceHaApiCommands.java \
  | sed 's/\.class$//' | while read -r cls; do
      grep -ho '@APICommand(name = "[A-Za-z]*"' "$ROOT/plugin-ha-devices/src/main/java/dev/deviceha/cloudstack/api/$cls.java" | cut -d'"' -f2
    done | sort)
API_COUNT=$(wc -w <<<"$EXPECTED_APIS")

# --- 2. a fresh server with the plugin -------------------------------------------------------------------------------
ms_stop
curl -s -o /dev/null "$API" && need "port 8080 free (another management server is running)"
step "deploying a fresh database (cloud, cloud_usage, simulator)"
(cd "$CS" && nice mvn -B -ntp -q $CS_MAVEN_ARGS -Pdeveloper -pl developer -Ddeploydb \
  && nice mvn -B -ntp -q $CS_MAVEN_ARGS -Pdeveloper -pl developer -Ddeploydb-simulator) \
  >"$WORK/deploydb.log" 2>&1 || { tail -20 "$WORK/deploydb.log"; fail "the database deploys"; exit 1; }
step "starting the management server with the plugin"
if ! ms_start; then
  fail "the device-ha module loads: the server did not start; first errors in $LOG ($WORK/ms.out):"
  grep -m1 -o 'BeanCreationException.*' "$LOG" 2>/dev/null | cut -c1-300
  grep -o 'Caused by: .*' "$LOG" 2>/dev/null | sort -u | grep -v 'BeanCreationException' | head -3 | cut -c1-300
  grep -m3 '^\[ERROR\]' "$WORK/ms.out" | cut -c1-400
  ms_stop; exit 1
fi
loaded=$(grep -o 'Loaded module context \[device-ha\] in [0-9]* ms' "$LOG" | head -1)
check "the device-ha module loads ($loaded)" test -n "$loaded"
migrated=$(grep -o 'Device HA schema migrated from version [0-9]* to [0-9]*' "$LOG" | head -1)
tables=$(mysql -uroot -h127.0.0.1 -N -e "select count(*) from information_schema.tables where table_schema='cloud' and table_name like 'dha\_%'")
history=$(mysql -uroot -h127.0.0.1 -N -e "select max(version) from cloud.dha_schema_history where success=1" 2>/dev/null)
check "its schema migrates ($migrated; $tables dha_ tables; dha_schema_history at version ${history:-none})" \
  test -n "$migrated" -a "${history:-0}" != 0

login || { fail "admin logs in"; ms_stop; exit 1; }
uid=$(api listUsers username=admin | jq -r '.listusersresponse.user[0].id')
keys=$(api registerUserKeys id="$uid")
APIKEY=$(jq -r .registeruserkeysresponse.userkeys.apikey <<<"$keys"); SECRETKEY=$(jq -r .registeruserkeysresponse.userkeys.secretkey <<<"$keys")
jq -n --arg k "$APIKEY" --arg s "$SECRETKEY" '{url: "http://127.0.0.1:8080/client/api", apikey: $k, secretkey: $s}' >"$WORK/keys.json"
rm -rf "$WORK/cmkhome"; mkdir -p "$WORK/cmkhome"
synced=$(cmk_ sync 2>&1 | grep -o 'Discovered [0-9]* APIs' | head -1)
cached=$(cat "$WORK"/cmkhome/.cmk/profiles/*.cache 2>/dev/null)
missing=""; for name in $EXPECTED_APIS; do grep -q "\"$name\"" <<<"$cached" || missing+=" $name"; done
check "the plugin's $API_COUNT APIs (from its command classes) are listed to cmk (${synced:-no sync}) ${missing:+; missing:$missing}" \
  test -n "$synced" -a -z "$missing"

# --- 3. a simulator zone, the placement settings, a restart ----------------------------------------------------------
step "making a simulator zone (Basic, security groups, two hosts)"
for kv in instance.name=QA expunge.delay=30 expunge.interval=30 secstorage.allowed.internal.sites=172.16.15.0/24 \
    host.allocators.order=DeviceHaHostAllocator,FirstFitRouting ha.planners.exclude=SkipHeuresticsPlanner \
    deployment.planners.exclude=SkipHeuresticsPlanner,DeviceHaPlanner; do
  api updateConfiguration name="${kv%%=*}" value="${kv#*=}" >/dev/null
done
id_of() { jq -r "$1 // empty"; }
zone=$(api createZone name=Sandbox-simulator networktype=Basic securitygroupenabled=true dns1=8.8.8.8 internaldns1=8.8.8.8 | id_of .createzoneresponse.zone.id)
pnet=$(api createPhysicalNetwork zoneid="$zone" name=Sandbox-pnet | id_of .queryasyncjobresultresponse.jobresult.physicalnetwork.id)
api addTrafficType physicalnetworkid="$pnet" traffictype=Guest >/dev/null
api addTrafficType physicalnetworkid="$pnet" traffictype=Management >/dev/null
vr=$(api listNetworkServiceProviders physicalnetworkid="$pnet" name=VirtualRouter | id_of '.listnetworkserviceprovidersresponse.networkserviceprovider[0].id')
vre=$(api listVirtualRouterElements nspid="$vr" | id_of '.listvirtualrouterelementsresponse.virtualrouterelement[0].id')
api configureVirtualRouterElement id="$vre" enabled=true >/dev/null
api updateNetworkServiceProvider id="$vr" state=Enabled >/dev/null
sg=$(api listNetworkServiceProviders physicalnetworkid="$pnet" name=SecurityGroupProvider | id_of '.listnetworkserviceprovidersresponse.networkserviceprovider[0].id')
api updateNetworkServiceProvider id="$sg" state=Enabled >/dev/null
api updatePhysicalNetwork id="$pnet" state=Enabled >/dev/null
nof=$(api listNetworkOfferings name=DefaultSharedNetworkOfferingWithSGService | id_of '.listnetworkofferingsresponse.networkoffering[0].id')
net=$(api createNetwork zoneid="$zone" name=guestNetworkForBasicZone displaytext=guestNetworkForBasicZone networkofferingid="$nof" | id_of .createnetworkresponse.network.id)
pod=$(api createPod zoneid="$zone" name=POD0 gateway=172.16.15.1 netmask=255.255.255.0 startip=172.16.15.2 endip=172.16.15.254 | id_of .createpodresponse.pod.id)
api createVlanIpRange zoneid="$zone" podid="$pod" networkid="$net" forvirtualnetwork=false startip=60.147.41.2 endip=60.147.41.254 \
  netmask=255.255.255.0 gateway=60.147.41.1 >/dev/null
cluster=$(api addCluster zoneid="$zone" podid="$pod" clustername=C0 hypervisor=Simulator clustertype=CloudManaged | id_of '.addclusterresponse.cluster[0].id')
for h in h0 h1; do
  api addHost zoneid="$zone" podid="$pod" clusterid="$cluster" hypervisor=Simulator url="http://sim/c0/$h" username=root password=password >/dev/null
done
api createStoragePool zoneid="$zone" podid="$pod" clusterid="$cluster" name=PS0 url=nfs://nfsstor:/export/home/sandbox/primary >/dev/null
api addImageStore zoneid="$zone" provider=NFS name=SS0 url=nfs://nfsstor:/export/home/sandbox/secondary >/dev/null
api updateZone id="$zone" allocationstate=Enabled >/dev/null
hosts=$(api listHosts type=Routing zoneid="$zone" | jq -r '[.listhostsresponse.host[]?] | sort_by(.name) | .[].id')
check "a simulator zone with two hosts is made (zone $zone)" test "$(wc -w <<<"$hosts")" = 2

step "restarting: host.allocators.order, ha.planners.exclude and deployment.planners.exclude are read at start"
ms_stop
if ! ms_start || ! login; then fail "the server restarts with the plugin"; ms_stop; exit 1; fi
# Simulator hosts reconnect some time after the API answers (minutes on a loaded machine); deploys before that fail.
for _ in $(seq 1 200); do
  up=$(api listHosts type=Routing state=Up zoneid="$zone" | jq '.listhostsresponse.count // 0')
  ready=$(api listTemplates templatefilter=featured zoneid="$zone" name="CentOS 5.6 (64-bit) no GUI (Simulator)" | jq -r '.listtemplatesresponse.template[0].isready // false')
  [ "$up" = 2 ] && [ "$ready" = true ] && break; sleep 3
done
settings=$(for n in host.allocators.order ha.planners.exclude deployment.planners.exclude; do
  api listConfigurations name="$n" | jq -r '.listconfigurationsresponse.configuration[0] | "\(.name)=\(.value)"'; done | paste -sd ' ')
check "the server restarted with the placement settings ($settings)" \
  test "$up" = 2 -a "$ready" = true -a -n "$(grep -o 'host.allocators.order=DeviceHaHostAllocator,FirstFitRouting' <<<"$settings")"

template=$(api listTemplates templatefilter=featured zoneid="$zone" name="CentOS 5.6 (64-bit) no GUI (Simulator)" | id_of '.listtemplatesresponse.template[0].id')
offering=$(api listServiceOfferings name="Small Instance" | id_of '.listserviceofferingsresponse.serviceoffering[0].id')
deploy() { api deployVirtualMachine zoneid="$zone" templateid="$template" serviceofferingid="$offering" "$@"; }
vm_of() { jq -r '.queryasyncjobresultresponse.jobresult.virtualmachine // empty'; }

# --- 4. the checks ---------------------------------------------------------------------------------------------------
step "checks"
plain=$(deploy name=plain-1 | vm_of)
plain_id=$(jq -r '.id // empty' <<<"$plain")
check "an ordinary VM deploys with DeviceHaHostAllocator first ($(jq -r '"\(.name) \(.state) on \(.hostname)"' <<<"$plain" 2>/dev/null))" \
  test "$(jq -r '.state // empty' <<<"$plain")" = Running

# A tag that exists but that no device carries (requests for unknown tags are refused at the API, with 431).
responses=$(api createDeviceTag kind=SRIOV_VF name=absent-net description="no device carries it")
mark=$(log_size)
out=$(deploy name=nodevice-1 'details[0].deviceha.requests=SRIOV_VF/absent-net')
code=$(error_code <<<"$out")
named=$(log_since "$mark" | grep -o 'SRIOV_VF/absent-net (needs [^)]*)' | head -1)
created=$(api listVirtualMachines name=nodevice-1 | jq -r '[.listvirtualmachinesresponse.virtualmachine[]? | select(.state == "Running")] | length')
check "a VM whose devices no host has is refused (error ${code:-none}; log: ${named:-no reason}; running: $created)" \
  test -n "$code" -a "$created" = 0 -a -n "$named"

bad='SRIOV_VF/Bad Tag;count=zero'
codes=""
out=$(deploy name=malformed-1 "details[0].deviceha.requests=$bad"); codes+="deploy=$(error_code <<<"$out") "
out=$(api updateVirtualMachine id="$plain_id" "details[0].deviceha.requests=$bad"); codes+="update=$(error_code <<<"$out") "
out=$(api createServiceOffering name=malformed-offering displaytext=malformed cpunumber=1 cpuspeed=100 memory=128 \
  'serviceofferingdetails[0].key=deviceha.requests' "serviceofferingdetails[0].value=$bad"); codes+="offering=$(error_code <<<"$out")"
reason=$(error_text <<<"$out" | cut -c1-140)
leftover=$(( $(api listVirtualMachines name=malformed-1 | jq '.listvirtualmachinesresponse.count // 0') \
  + $(api listServiceOfferings name=malformed-offering | jq '.listserviceofferingsresponse.count // 0') ))
check "a malformed deviceha.requests detail is refused with 431 ($codes; \"$reason\"; created: $leftover)" \
  test "$codes" = "deploy=431 update=431 offering=431" -a "$leftover" = 0

req_vm=$(deploy name=api-request-1 startvm=false | vm_of | jq -r '.id // empty')
added=$(api addDeviceRequest virtualmachineid="$req_vm" tag=SRIOV_VF/absent-net count=2 vlan=100)
responses+=$added
listed=$(api listDeviceRequests virtualmachineid="$req_vm" | jq -r '[.listdevicerequestsresponse.devicerequest[]? | "\(.tag) x\(.count) vlan \(.vlan) (\(.source))"] | join(", ")')
refused=$(api startVirtualMachine id="$req_vm" | error_code)
api removeDeviceRequest virtualmachineid="$req_vm" tag=SRIOV_VF/absent-net >/dev/null
started=$(api startVirtualMachine id="$req_vm" | jq -r '.queryasyncjobresultresponse.jobresult.virtualmachine.state // empty')
check "a request added through the API holds its VM back until it is removed (listed: ${listed:-none}; start: ${refused:-no error}; after removeDeviceRequest: ${started:-not started})" \
  test -n "$listed" -a "$refused" = 533 -a "$started" = Running

mark=$(log_size)
api stopVirtualMachine id="$plain_id" >/dev/null
sleep 2
sent=$(log_since "$mark" | grep -c 'ReleaseDevicesCommand')
released=$(log_since "$mark" | grep -c 'Released the devices of VM')
check "stopping a VM without devices sends no ReleaseDevicesCommand and logs no \"Released\" (log lines: $sent command, $released released)" \
  test -n "$plain_id" -a "$sent" = 0 -a "$released" = 0
mark=$(log_size)
api destroyVirtualMachine id="$plain_id" expunge=true >/dev/null
sleep 2
sent=$(log_since "$mark" | grep -c 'ReleaseDevicesCommand')
released=$(log_since "$mark" | grep -c 'Released all devices')
check "expunging it sends no ReleaseDevicesCommand and logs no \"Released all devices\" (log lines: $sent command, $released released)" \
  test -n "$plain_id" -a "$sent" = 0 -a "$released" = 0

# --- 5. a device request end to end through the simulator -------------------------------------------------------------
# Simulator hosts run no agent extension, but CloudStack's simulator answers any agent command with the answer
# configureSimulator gives it (deserialized with CloudStack's own Gson, as an agent's answer is): it stands in for
# the KVM agent's ReportDevices, StageDeviceAssignment and ReleaseDevices answers. Everything else is the real path.
h0=$(sed -n 1p <<<"$hosts"); h1=$(sed -n 2p <<<"$hosts")
vf() { printf '{"kind":"SRIOV_VF","backing":"PCI_FUNCTION","address":"0000:3b:00.%s","parentAddress":"0000:3b:00.0","vfIndex":%s,"vendorId":"15b3","productId":"101e","vendorName":"Mellanox Technologies","productName":"ConnectX-6 Virtual Function","numaNode":0,"driver":"mlx5_core","iommuGroup":%s,"netdev":"ens1f0","free":true}' "$1" "$1" "$((40 + $1))"; }
# The answer carries the discovery report as JSON text (a field any Gson reads, also CloudStack 4.20's Gson 1.7).
report() { jq -nc --arg r "{\"devices\":[$1],\"warnings\":[]}" '{"dev.deviceha.command.ReportDevicesAnswer": {result: true, details: "", report: $r}}'; }
pod=$(api listPods zoneid="$zone" | id_of '.listpodsresponse.pod[0].id')
cluster=$(api listClusters zoneid="$zone" | id_of '.listclustersresponse.cluster[0].id')
# The simulator matches a mock on zone, pod, cluster and host together; "value" is its key:value|... option list.
mock() { api configureSimulator zoneid="$zone" podid="$pod" clusterid="$cluster" hostid="$1" name="$2" value=enabled:true jsonresponse="$3"; }
mock "$h0" ReportDevicesCommand "$(report "$(vf 2),$(vf 3)")" >/dev/null
mock "$h0" StageDeviceAssignmentCommand '{"dev.deviceha.command.StageDeviceAssignmentAnswer":{"result":true,"details":"staged by the simulator","failures":"[]"}}' >/dev/null
for h in $h0 $h1; do mock "$h" ReleaseDevicesCommand '{"com.cloud.agent.api.Answer":{"result":true,"details":"released by the simulator"}}' >/dev/null; done

responses+=$(api createDeviceTag kind=SRIOV_VF name=e2e-net description="simulator end-to-end check")
responses+=$(api createDeviceTagRule tag=SRIOV_VF/e2e-net vendorid=15b3 productid=101e)
mark=$(log_size)
out=$(api rediscoverDevices hostid="$h0"); responses+=$out
devices=$(api listDevices hostid="$h0" tag=SRIOV_VF/e2e-net | jq '.listdevicesresponse.count // 0')
why=$(error_text <<<"$out" | sed 's/json object \[.*\] given/json object [...] given/' | cut -c1-400); [ -z "$why" ] && why=$(log_since "$mark" | grep -m1 -o 'Exception[^"]\{0,160\}')
if [ "$devices" = 2 ]; then
  pass "inventory: rediscoverDevices on a simulator host takes its (simulated) report; the rule tags both VFs SRIOV_VF/e2e-net"
  mark=$(log_size)
  dvm=$(deploy name=device-1 'details[0].deviceha.requests=SRIOV_VF/e2e-net' | vm_of)
  dvm_id=$(jq -r '.id // empty' <<<"$dvm")
  held=$(api listDevices hostid="$h0" virtualmachineid="$dvm_id" | jq '.listdevicesresponse.count // 0')
  staged=$(log_since "$mark" | grep -o 'Allocated and staged [0-9]* device(s) for VM [^ ]* on host [^ ]*' | head -1)
  check "a VM asking SRIOV_VF/e2e-net starts on the only host that has it, holding one VF ($(jq -r '"\(.state) on \(.hostname)"' <<<"$dvm"); $held held; log: ${staged:-none})" \
    test "$(jq -r '.state // empty' <<<"$dvm")" = Running -a "$(jq -r '.hostid // empty' <<<"$dvm")" = "$h0" -a "$held" = 1
  requests=$(api listDeviceRequests virtualmachineid="$dvm_id" | jq -r '[.listdevicerequestsresponse.devicerequest[]? | "\(.tag) (\(.source))"] | join(", ")')
  unprotected=$(api listDeviceHaReadiness virtualmachineid="$dvm_id" | jq -r '.listdevicehareadinessresponse.devicehareadiness[0] | "\(.protected) \(.reason // "")"')
  mock "$h1" ReportDevicesCommand "$(report "$(vf 4)")" >/dev/null
  api rediscoverDevices hostid="$h1" >/dev/null
  protected=$(api listDeviceHaReadiness virtualmachineid="$dvm_id" | jq -r '.listdevicehareadinessresponse.devicehareadiness[0].protected')
  check "readiness: the VM ($requests) is not HA-protected while only its host has the tag (\"${unprotected:0:120}\"), protected once the other host reports a free VF ($protected)" \
    test "${unprotected%% *}" = false -a "$protected" = true
  mark=$(log_size)
  api stopVirtualMachine id="$dvm_id" >/dev/null; sleep 2
  sent=$(log_since "$mark" | grep -c 'Simulate command dev.deviceha.command.ReleaseDevicesCommand')
  released=$(log_since "$mark" | grep -o 'Released [0-9]* device unit(s) of VM [^ ]* on host [^ ]*' | head -1)
  free=$(api listDevices hostid="$h0" free=true tag=SRIOV_VF/e2e-net | jq '.listdevicesresponse.count // 0')
  check "stopping it releases its VF (ReleaseDevicesCommand sent: $sent; log: ${released:-none}; free on its host: $free of 2)" \
    test "$sent" -ge 1 -a -n "$released" -a "$free" = 2
  mark=$(log_size)
  api destroyVirtualMachine id="$dvm_id" expunge=true >/dev/null; sleep 2
  forgotten=$(log_since "$mark" | grep -c 'Released all devices and identities of expunged VM')
  check "expunging it forgets its devices and identities once (log lines: $forgotten)" test "$forgotten" = 1
else
  fail "inventory: rediscoverDevices on a simulator host with a simulated ReportDevicesAnswer (devices listed: $devices; ${why:-no reason})"
  skip "device VM placement, readiness and release: they need the inventory above"
fi
# Every list of the plugin, now that tags, rules, devices, requests and readiness have rows.
for cmd in $EXPECTED_APIS; do case $cmd in list*) responses+=$(api "$cmd") ;; esac; done
objname=$(grep -o '"OBJECT_NAME":"[a-z]*"' <<<"$responses" | sort -u | paste -sd ' ')
check "no response of the plugin carries OBJECT_NAME (create, rediscover and every list${objname:+; found: $objname})" \
  test -n "$(grep -o '"devicetag"' <<<"$responses")" -a -z "$objname"
skip "HA restart on another host: the simulator cannot run CloudStack's HA investigators against a dead host here; the drill (scripts/drill.sh) covers it"

# --- with --keep-running: a scene for the UI (scripts/ui-in-cloudstack.sh) ----------------------------------------------
# Two HA-enabled VMs asking for an e2e-net VF in a cluster that must survive one host failure: every view of the
# plugin's UI section then has rows, and the failover view has something to say (3 VFs for 2 VMs, but not on every host).
if $KEEP && [ "$devices" = 2 ]; then
  step "leaving a scene for the UI: two HA-enabled device VMs, deviceha.failover.hosts=1 on the cluster"
  mock "$h1" StageDeviceAssignmentCommand '{"dev.deviceha.command.StageDeviceAssignmentAnswer":{"result":true,"details":"staged by the simulator","failures":"[]"}}' >/dev/null
  api updateConfiguration name=deviceha.failover.hosts value=1 clusterid="$cluster" >/dev/null
  ha_offering=$(api createServiceOffering name=device-ha displaytext="HA with an e2e-net VF" cpunumber=1 cpuspeed=100 memory=128 offerha=true \
    'serviceofferingdetails[0].key=deviceha.requests' 'serviceofferingdetails[0].value=SRIOV_VF/e2e-net' | id_of '.createserviceofferingresponse.serviceoffering.id')
  for n in 1 2; do
    vm=$(api deployVirtualMachine zoneid="$zone" templateid="$template" serviceofferingid="$ha_offering" name="trader-$n" | vm_of)
    say "      trader-$n: $(jq -r '"\(.state // "not started") on \(.hostname // "no host")"' <<<"$vm")"
  done
  api listDeviceFailoverCapacity | jq -c '.. | objects | select(has("headroom")) | {cluster: .clustername, tag, used, free, needed, headroom, policyholds}' | sed 's/^/      /'
fi

# --- the end ---------------------------------------------------------------------------------------------------------
say "----  done in $(( $(date +%s) - START )) s: $failures failed"
if $KEEP; then
  say "The management server is running: http://127.0.0.1:8080/client (admin/password); API keys in $WORK/keys.json;"
  say "log $LOG; stop it with: kill -TERM -- -$(cat "$WORK/ms.pid")"
else
  ms_stop
fi
[ "$failures" = 0 ]
