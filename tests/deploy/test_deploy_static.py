"""The appliance recipe in deploy/, read as text: the settings the issue and DESIGN §10 demand.

The tools that parse these files for real (nft, systemd-analyze, usbguard-rule-parser,
cupsd -t, mkosi summary) run in deploy/check.sh."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
RECIPE = DEPLOY / "mkosi"
ETC = RECIPE / "mkosi.extra/etc"
UNITS = ETC / "systemd/system"
LIBEXEC = RECIPE / "mkosi.extra/usr/libexec/stemkiosk"


def settings(path: Path) -> dict[str, list[str]]:
    """KEY -> every value of KEY in an ini-style file (systemd units, mkosi, conf drop-ins)."""
    found: dict[str, list[str]] = {}
    key = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";", "[")):
            continue
        if "=" in line and not raw[:1].isspace():
            key, value = (part.strip() for part in line.split("=", 1))
            found.setdefault(key, [])
            if value:
                found[key].append(value)
        elif key is not None:  # an indented continuation (mkosi lists)
            found[key].append(line)
    return found


def test_kiosk_unit_runs_cage_foot_kiosk_tui_as_kiosk_on_tty1_and_restarts():
    unit = settings(UNITS / "stemkiosk.service")
    assert unit["User"] == ["kiosk"] and unit["TTYPath"] == ["/dev/tty1"]
    assert unit["Restart"] == ["always"]
    assert unit["ExecStart"] == ["/usr/libexec/stemkiosk/session"]
    session = (LIBEXEC / "session").read_text()
    command = [line for line in session.splitlines() if line.startswith("exec ")][0].split()
    assert command[1:4] == ["/usr/bin/cage", "-d", "--"]  # no -s: cage refuses VT switching
    assert "/usr/bin/foot" in command and command[-2:] == ["/opt/stemkiosk/venv/bin/kiosk", "tui"]
    assert "XKB_DEFAULT_OPTIONS=srvrkeys:none" in session


def test_kiosk_unit_is_sandboxed_and_has_no_network():
    unit = settings(UNITS / "stemkiosk.service")
    assert unit["PrivateNetwork"] == ["yes"]
    assert unit["IPAddressDeny"] == ["any"]
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["ReadWritePaths"] == ["/var/lib/stemkiosk"]
    assert "KIOSK_HOME=/var/lib/stemkiosk" in unit["Environment"]
    assert unit["NoNewPrivileges"] == ["yes"] and unit["CapabilityBoundingSet"] == []
    assert unit["Requires"] == ["nftables.service"]


def test_the_air_gap_watcher_sees_the_real_network_and_feeds_the_kiosk():
    watcher = settings(UNITS / "stemkiosk-airgap.service")
    kiosk = settings(UNITS / "stemkiosk.service")
    assert "PrivateNetwork" not in watcher  # it must see the host's interfaces
    assert watcher["IPAddressDeny"] == ["any"] and watcher["Restart"] == ["always"]
    command = watcher["ExecStart"][0].split()
    assert command[:3] == ["/opt/stemkiosk/venv/bin/python", "-m", "kiosk.airgap"] and "--watch" in command
    report = command[command.index("--out") + 1]
    assert f"KIOSK_NETWORK_REPORT={report}" in kiosk["Environment"]
    assert report.startswith(f"/run/{watcher['RuntimeDirectory'][0]}/")
    assert command[command.index("--interval") + 1] == "30"


def test_no_way_out_ctrl_alt_del_sysrq_vts_and_gettys():
    assert os.readlink(UNITS / "ctrl-alt-del.target") == "/dev/null"
    for unit in ("getty@.service", "autovt@.service", "serial-getty@.service", "debug-shell.service"):
        assert os.readlink(UNITS / unit) == "/dev/null", unit
    assert re.search(r"^kernel\.sysrq\s*=\s*0$", (ETC / "sysctl.d/90-stemkiosk.conf").read_text(), re.M)
    logind = settings(ETC / "systemd/logind.conf.d/stemkiosk.conf")
    assert logind["NAutoVTs"] == ["0"] and logind["ReserveVT"] == ["0"]
    assert settings(ETC / "systemd/system.conf.d/stemkiosk.conf")["CtrlAltDelBurstAction"] == ["none"]
    loader = (RECIPE / "mkosi.extra/efi/loader/loader.conf").read_text()
    assert re.search(r"^editor no$", loader, re.M)


def test_network_services_are_masked():
    for unit in (
        "systemd-networkd.service",
        "systemd-resolved.service",
        "systemd-timesyncd.service",
        "NetworkManager.service",
        "wpa_supplicant.service",
        "ssh.service",
        "avahi-daemon.service",
        "cups-browsed.service",
        "ModemManager.service",
        "bluetooth.service",
    ):
        assert os.readlink(UNITS / unit) == "/dev/null", unit


def test_firewall_drops_everything_but_loopback():
    ruleset = (ETC / "nftables.conf").read_text()
    code = "\n".join(line for line in ruleset.splitlines() if not line.strip().startswith("#"))
    assert "flush ruleset" in code
    assert code.count("policy drop;") == 5 and "policy accept" not in code
    assert re.findall(r"^\s*(.*accept)\s*$", code, re.M) == ['iif "lo" accept', 'oif "lo" accept']


def test_usbguard_blocks_by_default_and_allows_only_keyboard_printer_scanner_classes():
    daemon = settings(ETC / "usbguard/usbguard-daemon.conf")
    assert daemon["ImplicitPolicyTarget"] == ["block"]
    assert daemon["PresentDevicePolicy"] == ["apply-policy"] and daemon["InsertedDevicePolicy"] == ["apply-policy"]
    rules = [
        line for line in (ETC / "usbguard/rules.conf").read_text().splitlines() if line and not line.startswith("#")
    ]
    allowed_classes = {"03", "06", "07", "09", "ff"}
    for rule in rules:
        match = re.fullmatch(r"allow with-interface equals \{ ((?:[0-9a-f]{2}:\*:\* ?)+)\}", rule)
        assert match, rule
        classes = {item.split(":")[0] for item in match.group(1).split()}
        assert classes <= allowed_classes, rule
    assert "allow with-interface equals { 03:*:* }" in rules
    assert not any("08:" in rule for rule in rules)  # never mass storage


@pytest.mark.parametrize(
    "module", ["usb-storage", "uas", "cfg80211", "mac80211", "bluetooth", "btusb", "usbnet", "r8152"]
)
def test_modules_are_blacklisted_and_cannot_be_loaded(module):
    text = (ETC / "modprobe.d/stemkiosk.conf").read_text()
    assert re.search(rf"^blacklist {re.escape(module)}$", text, re.M)
    assert re.search(rf"^install {re.escape(module)} /bin/false$", text, re.M)


def test_sane_has_local_backends_only():
    backends = [
        line.strip()
        for line in (ETC / "sane.d/dll.conf").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert backends and not {"net", "escl", "airscan"} & set(backends)
    assert 'rm -f "$root"/etc/sane.d/dll.d/*' in (RECIPE / "mkosi.postinst").read_text()


def test_cups_listens_on_its_socket_only_and_does_not_browse():
    lines = [
        line.strip()
        for line in (ETC / "cups/cupsd.conf").read_text().splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert [line for line in lines if line.split()[0] in ("Listen", "Port", "SSLListen", "SSLPort")] == [
        "Listen /run/cups/cups.sock"
    ]
    assert "Browsing No" in lines and "DefaultShared No" in lines and "BrowseLocalProtocols none" in lines


def test_data_partition_is_encrypted_and_mounted_as_the_data_directory():
    repart = settings(ETC / "repart.d/50-data.conf")
    assert repart["Encrypt"] == ["tpm2"] and repart["Label"] == ["stemkiosk-data"]
    crypttab = (ETC / "crypttab").read_text()
    assert re.search(r"^stemkiosk-data\s+PARTLABEL=stemkiosk-data\s+none\s+tpm2-device=auto", crypttab, re.M)
    assert re.search(r"^/dev/mapper/stemkiosk-data\s+/var/lib/stemkiosk\s+ext4", (ETC / "fstab").read_text(), re.M)


def test_mkosi_recipe_debian_trixie_reproducible_with_the_packages():
    conf = settings(RECIPE / "mkosi.conf")
    assert conf["Distribution"] == ["debian"] and conf["Release"] == ["trixie"]
    assert conf["SourceDateEpoch"][0].isdigit()
    packages = set(settings(RECIPE / "mkosi.conf.d/10-packages.conf")["Packages"])
    assert {
        "python3",
        "python3-venv",
        "tesseract-ocr",
        "tesseract-ocr-nld",
        "sane-utils",
        "cups",
        "foot",
        "cage",
        "nftables",
        "usbguard",
        "fonts-dejavu-core",
    } <= packages
    assert (
        not {
            "network-manager",
            "ifupdown",
            "isc-dhcp-client",
            "openssh-server",
            "avahi-daemon",
            "cups-browsed",
            "sane-airscan",
            "ipp-usb",
            "wpasupplicant",
        }
        & packages
    )
    assert "/opt/stemkiosk/venv" in (RECIPE / "mkosi.build.chroot").read_text()
    assert re.search(r"^u kiosk ", (ETC / "sysusers.d/stemkiosk.conf").read_text(), re.M)  # the kiosk user


def test_foot_cannot_start_other_programs():
    foot = settings(ETC / "stemkiosk/foot.ini")
    for binding in ("spawn-terminal", "show-urls-launch", "pipe-visible", "pipe-scrollback", "pipe-selected"):
        assert foot[binding] == ["none"], binding
    assert foot["launch"] == ["/bin/false"]


@pytest.fixture
def fake_cups(tmp_path, monkeypatch):
    """lpadmin, lpstat, lp, cupsenable, cupsaccept that only log their arguments."""
    log = tmp_path / "cups.log"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("lpadmin", "cupsenable", "cupsaccept", "lp"):
        script = bin_dir / name
        script.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\ncat > /dev/null 2>&1 || true\n')
        script.chmod(0o755)
    lpstat = bin_dir / "lpstat"
    lpstat.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        '-d) echo "system default destination: kiosk";;\n'
        '-v) echo "device for $2: ${FAKE_DEVICE:-usb://Acme/Laser?serial=1}";;\n'
        "esac\n"
    )
    lpstat.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    return log


def sh(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(DEPLOY / "scripts" / script), *args], capture_output=True, text=True, timeout=20)


def test_printer_setup_accepts_usb_only_and_never_shares(fake_cups):
    result = sh("printer-setup.sh", "kiosk", "usb://Acme/Laser?serial=1", "drv:///sample.drv/generic.ppd")
    assert result.returncode == 0, result.stderr
    log = fake_cups.read_text()
    assert (
        "lpadmin -p kiosk -E -v usb://Acme/Laser?serial=1 -m drv:///sample.drv/generic.ppd -o printer-is-shared=false"
        in log
    )
    for uri in ("ipp://192.0.2.5/ipp/print", "socket://printer:9100", "lpd://x/q"):
        refused = sh("printer-setup.sh", "kiosk2", uri, "drv:///sample.drv/generic.ppd")
        assert refused.returncode == 2 and "only usb://" in refused.stderr
    everywhere = sh("printer-setup.sh", "kiosk3", "usb://Acme/Laser", "everywhere")
    assert everywhere.returncode == 2 and "ipp://" in everywhere.stderr
    assert "kiosk2" not in fake_cups.read_text() and "kiosk3" not in fake_cups.read_text()


def test_printer_test_prints_on_a_usb_queue_only(fake_cups, monkeypatch):
    result = sh("printer-test.sh")
    assert result.returncode == 0 and "test page sent to kiosk" in result.stdout
    assert "lp -d kiosk -t Stemkiosk testafdruk" in fake_cups.read_text()
    monkeypatch.setenv("FAKE_DEVICE", "ipp://192.0.2.5/ipp/print")
    refused = sh("printer-test.sh", "other")
    assert refused.returncode == 2 and "not to a usb:// printer" in refused.stderr


def test_ci_runs_the_appliance_checks_before_the_tests():
    lines = [line for line in (REPO / ".ci/run").read_text().splitlines() if line.strip() and not line.startswith("#")]
    assert "bash deploy/check.sh" in lines
    assert lines.index("bash deploy/check.sh") < len(lines) - 1
    assert "pytest" in lines[-1] or "dev.sh test" in lines[-1]
