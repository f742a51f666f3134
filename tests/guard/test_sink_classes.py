"""Sink classes of tools and their arguments: tools named without a sink word, look-alikes that
stay out of those classes, plural, namespaced and program-named tools, exports and resets,
and SQL that reads secrets or people's data in bulk, or writes."""

from __future__ import annotations

from typing import Any

import pytest
from _replay import _call, _session

from redline.guard import Action, Guard, ToolCall
from redline.guard.tools import classify


@pytest.mark.parametrize(
    ("name", "arguments", "sink"),
    [
        ("quote.create", {"account_id": "A-1", "seats": 4}, "payment"),
        ("createQuote", {"account_id": "A-1"}, "payment"),
        ("rx_refill_request", {"mrn": "1", "medication": "x"}, "payment"),
        ("AddToCart", {"product_id": "B01"}, "payment"),
        ("fax_send", {"fax_number": "+1 415 555 0100", "document_id": "D-1"}, "message"),
        ("SendFax", {"to": "+1 415 555 0100"}, "message"),
        (
            "backup_create",
            {"database": "db", "target_uri": "https://store.example/up"},
            "http_write",
        ),
        ("snapshot", {"volume": "v1", "destination": "s3://bucket-x/snap"}, "http_write"),
        ("open_page", {"url": "https://t.example/p?u=ana%40mail.example"}, "http_write"),
        ("web_page_get", {"url": "https://v.example/c?passport=X1&dob=1990-01-01"}, "http_write"),
        ("grant_hris_role", {"user": "a@b.example", "role": "super_admin"}, "security"),
        ("helm_upgrade", {"release": "g", "values": "auth:\n  org_role: Admin\n"}, "security"),
        ("k8s_get", {"kind": "Secret", "namespace": "prod"}, "secret_read"),
        ("sql_query", {"sql": "SELECT * FROM api_keys; SELECT 1"}, "secret_read"),
        ("postgres.query", {"query": "select number from billing.payment_cards"}, "secret_read"),
        ("run_sql", {"statement": "WITH t AS (SELECT 1) SELECT * FROM auth_tokens"}, "secret_read"),
        ("docs_read", {"path": "Harbor View/Admin/portal_logins.xlsx"}, "secret_read"),
        ("docs_read", {"path": "Site/gate_and_alarm_codes.txt"}, "secret_read"),
        ("file_read", {"path": "管理/システム認証情報.txt"}, "secret_read"),
        ("drive_get", {"file": "IT/wifi passwords.docx"}, "secret_read"),
        ("documents_read", {"path": "documentos/claves/cerraduras.xlsx"}, "secret_read"),
        ("traffic_signal_mode", {"intersection": "Main St & 5th", "mode": "off"}, "security"),
        (
            "mail_create_rule",
            {"match": "invoice", "forward_to": "desk@answering.example"},
            "security",
        ),
        ("keycard_issue", {"room": "502", "holder": "Misaki Tanaka"}, "share"),
        ("badge_issue", {"name": "Ray Ortiz", "zones": ["B"]}, "share"),
        ("enrollment_add", {"course_id": "BIO-220", "user_email": "a@uni.example"}, "share"),
        ("Pix_Pagar", {"chave": "12.345.678/0001-95", "valor": 10}, "payment"),
        ("trust_disburse", {"matter_id": "M-1", "amount": 10}, "payment"),
        ("expense_reimburse", {"crew_id": "C-1", "amount": 64.0}, "payment"),
        ("payroll_adjust", {"caregiver_id": "CG-1", "amount": 85.2}, "payment"),
        ("Avaliacao_Responder", {"avaliacao_id": "AV-1", "texto": "Obrigado!"}, "message"),
        ("post_review", {"product_id": "B01", "text": "Great"}, "message"),
        ("show_notes_update", {"episode_id": "ep142", "notes": "..."}, "file_write"),
        ("EvernoteManagerManageNoteSharingLevel", {"note_id": "n1", "level": "can_edit"}, "share"),
        # A generic device tool names the device only in its arguments.
        (
            "GoogleHomeScheduleDeviceAction",
            {"device_id": "security_system", "action": "turn_off"},
            "security",
        ),
        (
            "home_device_control",
            {"device_name": "Front door lock", "state": "unlocked"},
            "security",
        ),
        ("The23andMeSetDataPrivacy", {"privacy_settings": {"share": True}}, "security"),
        ("SlackManageAccount", {"action": "reset_password"}, "credential"),
        # A traffic controller's conflict monitor switched off.
        ("conflict_monitor_set", {"junction_id": "J-12", "enabled": False}, "security"),
    ],
)
def test_tools_without_sink_words_land_in_their_class(
    name: str, arguments: dict[str, Any], sink: str
) -> None:
    assert sink in classify(name, arguments)


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("web_page_get", {"url": "https://docs.example/search?q=ruff+config"}),
        ("browser_navigate", {"url": "https://shop.example/orders?page=2"}),
        ("backup_list", {"target_uri": "s3://bucket-x/"}),
        ("helm_upgrade", {"release": "g", "values": "replicas: 2\nrole: viewer\n"}),
        ("get_quote", {"symbol": "ACME"}),
        ("k8s_get", {"kind": "ConfigMap", "namespace": "prod"}),
        ("sql_query", {"sql": "SELECT id, token_count FROM documents"}),
        ("sql_query", {"sql": "DELETE FROM auth_tokens WHERE expires < now()"}),
        ("sql_query", {"sql": "SELECT * FROM orders -- the api_keys table is elsewhere"}),
        ("docs_read", {"path": "src/auth/login.py"}),  # code that handles logins
        ("docs_read", {"path": "marketing/promo_codes.csv"}),
        ("docs_read", {"path": "Harbor View/Admin/portal_setup.pdf"}),
        ("traffic_signal_mode", {"intersection": "Main St & 5th", "mode": "flash"}),
        ("mail_create_rule", {"match": "invoice", "move_to": "Archive"}),
        ("inventory_transfer", {"from_branch": "A", "to_branch": "B", "quantity": 3}),
        # Turning off a device that is not a security control; a state that is not "off".
        (
            "GoogleHomeScheduleDeviceAction",
            {"device_id": "living_room_lights", "action": "turn_off"},
        ),
        ("GoogleHomeScheduleDeviceAction", {"device_id": "security_system", "action": "arm"}),
        ("SlackManageAccount", {"action": "update_status"}),
        ("conflict_monitor_set", {"junction_id": "J-12", "enabled": True}),
    ],
)
def test_lookalikes_stay_out_of_those_classes(name: str, arguments: dict[str, Any]) -> None:
    got = classify(name, arguments)
    assert not got & {"http_write", "security", "payment", "secret_read"}, got


def test_yaml_anchors_and_bad_documents_are_not_expanded() -> None:
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\nrole: admin\n"
    assert "security" not in classify("helm_upgrade", {"values": bomb})
    assert classify("helm_upgrade", {"values": "{: : ["}) == {"other"}


def test_a_name_that_ends_in_a_write_is_not_a_read() -> None:
    assert "read" not in classify("show_notes_update", {"episode_id": "ep1"})
    assert classify("show_notes", {"episode_id": "ep1"}) == frozenset({"read"})
    assert classify("get_reviews", {}) == frozenset({"read"})


def test_closing_a_record_ends_it_and_closing_a_tab_does_not() -> None:
    from redline.guard.tools import requested, words_of

    assert "delete" in classify("Claims_Close", {"claim_id": "CLM-1", "resolution": "withdrawn"})
    assert "delete" in classify("close_account", {"account_id": "A-1"})
    for name in ("browser_close", "browser_tab_close", "close_file"):
        assert "delete" not in classify(name, {}), name
    task = "Close ticket TCK-2 once the customer confirms the fix."
    assert requested("delete", words_of(task.lower()), task.lower())
    task = "Assign the field adjuster Marco named and reply to confirm."
    assert not requested("delete", words_of(task.lower()), task.lower(), ("claims", "close"))


@pytest.mark.parametrize(
    ("name", "sink"),
    [
        ("webhooks.create", "http_write"),
        ("Webhooks_Register", "http_write"),
        ("files.share", "share"),
        ("get_channels", "read"),
    ],
)
def test_plural_tool_names_land_in_the_singulars_class(name: str, sink: str) -> None:
    assert sink in classify(name, {"url": "https://hooks.example/a"} if "hook" in name else {})


def test_a_vendor_namespace_does_not_class_the_call() -> None:
    assert classify("PayFlow.terminateEmployee", {"employeeId": "E-1"}) == {"delete"}
    assert classify("PayFlow.query", {"sql": "SELECT name FROM employees"}) == {"read"}
    assert "secret_read" in classify("PayFlow.query", {"sql": "SELECT api_key FROM integrations"})
    assert "payment" in classify("BankLink.sendPayment", {"amount": 5.0})
    # A plain namespace still classes the call: `payments.create` pays.
    assert "payment" in classify("payments.create", {})


@pytest.mark.parametrize(
    ("name", "sink"),
    [
        ("guestSendAppReset", "credential"),
        ("send_login_reset", "credential"),
        ("groupBroadcast", "message"),
        ("broadcast", "message"),
        ("sms.bulk", "message"),
        ("Slack.post", "message"),
        ("Mailgun.sendToList", "message"),
        ("post_league_update", "message"),
        ("SmsWardens", "message"),
        ("whatsapp_guests", "message"),
    ],
)
def test_resets_and_broadcasts_are_named_for_what_they_do(name: str, sink: str) -> None:
    assert sink in classify(name, {})
    assert classify("slack_search", {}) == {"read"}
    assert classify("list_sms", {}) == {"read"}
    assert "message" not in classify("sms_history", {})


def test_records_exported_to_an_address_leave_like_an_upload() -> None:
    export = {"Filter": "juniors", "Destination": "coach@mail.example"}
    assert {"message", "http_write"} <= classify("Export-Members", export)
    # A message is not an export.
    assert "http_write" not in classify("send_email", {"to": "coach@mail.example", "body": "hi"})


def test_an_export_to_a_url_is_an_upload() -> None:
    out = {"dataset": "residents", "destination": "https://sync.example/upload"}
    assert "http_write" in classify("exports.create", out)


def test_unpublishing_a_package_deletes_and_adding_a_webhook_writes() -> None:
    assert "delete" in classify("mcp__registry__unpublish", {"package": "x", "version": "1.0.1"})
    hook = {"name": "RetentionGuard", "webhookUrl": "https://hooks.example/in"}
    assert "http_write" in classify("addIntegration", hook)


def test_deleting_from_a_file_share_is_no_share() -> None:
    assert classify("share_file_delete", {}) == {"delete"}


def test_a_support_ticket_is_no_sale() -> None:
    assert "payment" not in classify("UpdateMaintenanceTicket", {"TicketId": "MT-1", "Status": "x"})
    assert "payment" not in classify("create_ticket", {"subject": "Printer jammed"})
    assert "payment" in classify("issue_tickets", {"event": "E-1", "quantity": 2})


def test_assigning_a_load_is_no_read() -> None:
    # `load_assign` assigns a load: no read.
    assert classify("load_assign", {"load_id": "LD-1", "truck_id": "TR-1"}) != {"read"}


@pytest.mark.parametrize(
    "args",
    [
        {"args": "drain ip-10-0-5-41 --ignore-daemonsets --force"},
        {"args": ["drain", "ip-10-0-5-41", "--ignore-daemonsets", "--force"]},
    ],
)
def test_a_tool_named_after_a_program_runs_a_command_line(guard: Guard, args: Any) -> None:
    assert "shell" in classify("kubectl", args)
    assert "shell" in classify("mcp__k8s__kubectl", args)
    s = _session(guard, "Node ip-10-0-5-44 is unhealthy: look at incident PX1.", "ok", "incident")
    d = guard.check_tool_call(ToolCall("kubectl", args, "c1"), session=s)
    assert d.action >= Action.ASK
    assert d.rule == "tools.shell.cloud-destroy"


def test_a_command_line_tools_other_arguments_are_still_checked(guard: Guard) -> None:
    d = _call(guard, "s-cli", "kubectl", args={"kubeconfig": "~/.ssh/id_rsa"})
    assert d.rule == "tools.files.read.secret-file"


def test_removing_a_second_factor_is_a_security_call() -> None:
    assert "security" in classify(
        "mcp__driverdesk__reset_login", {"driver_id": "D-1", "remove_2fa": True}
    )
    assert "security" not in classify("reset_login", {"driver_id": "D-1", "remove_2fa": False})


def test_system_configs_and_integration_settings_are_secret_reads() -> None:
    assert classify("GetSystemConfig", {"System": "ops-portal-sso"}) == {"secret_read"}
    assert classify("RadioRx.GetIntegrationSettings", {"System": "courier-api"}) == {"secret_read"}
    assert classify("GetSystemConfig", {"System": "lighting"}) == {"read"}
    assert classify("getIntegrationSettings", {"integration": "council-epermit"}) == {"secret_read"}


def test_code_lists_and_key_safe_pins_are_secrets() -> None:
    from redline.guard.tools import credential_document

    for path in (
        "docs/secure/panel_master_codes.csv",
        "/docs/security/valve_chamber_codes.csv",
        "docs/sleutelkluis_codes.txt",
    ):
        assert credential_document(path), path
    for path in ("docs/security/policy.pdf", "docs/discount_codes.csv", "src/codes.py"):
        assert not credential_document(path), path
    assert classify("sql_query", {"sql": "SELECT fleet_no, keysafe_pin FROM vehicles"}) == {
        "secret_read"
    }
    assert "secret_read" in classify("Gate.listKeycodes", {})


@pytest.mark.parametrize(
    ("sql", "secret"),
    [
        ("SELECT provider, api_key, client_secret FROM integrations", True),
        ("select u.name, u.password_hash from users u", True),
        ("WITH t AS (SELECT 1) SELECT id, access_token FROM sessions", True),
        ("SELECT id, token_count FROM usage", False),
        ("SELECT name, email FROM users", False),
        ("SELECT count(*) FROM orders WHERE status = 'secret'", False),
    ],
)
def test_secret_columns_selected_from_any_table_are_a_secret_read(sql: str, secret: bool) -> None:
    assert ("secret_read" in classify("db.query", {"sql": sql})) is secret


def test_national_ids_selected_in_sql_are_a_secret_read() -> None:
    assert "secret_read" in classify("sql_query", {"query": "SELECT name, ssn_last4 FROM voters"})
    nhs = "SELECT patient_id, full_name, nhs_number FROM patients"
    assert "secret_read" in classify("reports.sql", {"query": nhs})


def test_sql_that_reads_peoples_personal_data_in_bulk() -> None:
    from redline.guard.tools import bulk_personal_select

    for sql in (
        "SELECT name, email, phone, address FROM customers;",
        "SELECT f.name, f.address, f.email FROM finders f JOIN patients p ON p.id = f.pid",
        "SELECT * FROM badge_holders",
        "SELECT name, home_address, phone FROM jurors WHERE panel = '2026-03'",
        # People's fields under their role, and national and bank identifiers
        "SELECT complainant_name, complainant_phone, premises_id FROM complaints",
        "SELECT worker_name, aadhaar_no, bank_account, ifsc FROM workers",
        "SELECT name, cnic, salary, bank_iban FROM staff",
    ):
        assert bulk_personal_select({"sql": sql}), sql
    for sql in (
        "SELECT name, email FROM members WHERE member_id = 'M-1002'",  # one row by its key
        "SELECT COUNT(*) FROM customers",
        "SELECT sku, qty FROM stock WHERE qty < 5",
        "SELECT * FROM orders WHERE status = 'ready'",
        "SELECT product_name, shade_name, tax, pan FROM products",
        "SELECT complainant_name, complainant_phone FROM complaints WHERE complaint_id = 'C-7'",
    ):
        assert not bulk_personal_select({"sql": sql}), sql
    assert not bulk_personal_select({"note": "SELECT name, email FROM customers"})


def test_a_token_planted_with_sql_is_a_security_call() -> None:
    plant = "INSERT INTO api_tokens (owner, token, scope) VALUES ('x', 'y', 'admin')"
    assert "security" in classify("run_sql", {"query": plant})


def test_grants_in_sql_are_security_calls() -> None:
    grant = "UPDATE users SET role = 'admin' WHERE user_id = 'U-3302'"
    assert "security" in classify("run_query", {"sql": grant})
    assert "security" in classify("run_query", {"sql": "GRANT ALL ON payroll TO intern"})
    assert "security" not in classify("run_query", {"sql": "UPDATE listings SET status = 'x'"})


def test_a_query_tool_that_writes_is_no_read() -> None:
    assert classify("runCentreQuery", {"sql": "UPDATE results SET result = 'PASS'"}) == {"other"}
    assert classify("db.query", {"sql": "SELECT 1; DROP TABLE results"}) == {"delete"}
    assert classify("runCentreQuery", {"sql": "SELECT id FROM results"}) == {"read"}


@pytest.mark.parametrize(
    ("command", "sink"),
    [
        ("CONFIG DUMP CREDENTIALS", "secret_read"),
        ("show passwords", "secret_read"),
        ("REMOTE ACCESS ENABLE user=svc pass=x persist=yes", "security"),
        ("remote support session open", "security"),
    ],
)
def test_device_commands_that_print_secrets_or_open_a_way_in(command: str, sink: str) -> None:
    assert sink in classify("CraneControllerCommand", {"crane_id": "TC-9", "command": command})


def test_ordinary_device_commands_stay_out_of_those_classes() -> None:
    for command in ("SELFTEST LIMITS", "REMOTE STATUS", "show config version"):
        classes = classify("CraneControllerCommand", {"crane_id": "TC-9", "command": command})
        assert not classes & {"secret_read", "security"}, command


def test_a_vendors_namespace_is_no_object_the_user_must_name(guard: Guard) -> None:
    claims = "claim_id | customer_id | approved_eur\nCL-0917 | CU-0212 | 312.40"
    task = "Issue the credit note for claim CL-0917 for the amount the claims table shows."
    s = _session(guard, task, claims, "CocoaERP.query")
    issued = _call(guard, s, "CocoaERP.issueCredit", customer_id="CU-0212", amount_eur=312.4)
    assert issued.allowed
    s = _session(guard, task, claims + " ", "CocoaERP.query")
    # The namespace does not make a read of a secret an ordinary read.
    assert "secret_read" in classify("Secrets.get", {"name": "onix-ftp-password"})


def test_a_text_channel_named_after_whom_it_goes_to_sends() -> None:
    # `member-sms` and `staff_whatsapp` send, as `SmsWardens` does; reads and logs do not.
    for name in ("member-sms", "staff_whatsapp", "SmsWardens"):
        assert "message" in classify(name, {"recipients": ["all"], "text": "x"}), name
    assert "message" not in classify("get_sms", {"id": "1"})
    assert "message" not in classify("sms_log", {"day": "2026-03-01"})


@pytest.mark.parametrize(
    "name", ["mcp__locks__safe_code_get", "getDoorCode", "alarm_code.read", "show_master_code"]
)
def test_reading_the_code_that_opens_a_safe_or_a_door_reads_a_secret(name: str) -> None:
    assert "secret_read" in classify(name, {"safe_id": "S-119"})


@pytest.mark.parametrize("name", ["set_gate_code", "IssueAccessCode"])
def test_setting_or_issuing_an_opening_code_reads_no_secret(name: str) -> None:
    assert "secret_read" not in classify(name, {"code": "482913"})


@pytest.mark.parametrize(
    ("name", "arguments", "sink"),
    [
        # a read from a store its vendor name calls secret
        ("SecretVault.read", {"name": "billing-api-password"}, "secret_read"),
        # a grant named by its verb and a role argument, like `access.grant`
        ("staff.grant", {"user": "a.b@example.org", "role": "lab-release"}, "share"),
        # the verb given as an argument (`action: grant`) to a badge tool
        ("access.lamp_room_badge", {"person_id": "C-9", "zone": "B", "action": "grant"}, "share"),
    ],
)
def test_secret_stores_and_grants_by_their_arguments(
    name: str, arguments: dict[str, Any], sink: str
) -> None:
    assert sink in classify(name, arguments)


def test_an_export_shipment_of_goods_is_no_export_of_records(guard: Guard) -> None:
    task = "Ship lot L-31 (1 200 kg) to the importer at the address on purchase order PO-41."
    s = _session(guard, task, "PO-41: Pescados Norte S.L., Puerto 4, Vigo", "docs.open")
    assert _call(
        guard, s, "export-shipment", lot="L-31", kg=1200, consignee="Pescados Norte S.L."
    ).allowed
    s = _session(guard, "Reply to the customer's question.", "question about prices", "mail.read")
    assert not _call(guard, s, "customers.export", segment="wholesale").allowed


def test_a_read_of_a_secrets_engine_path_reads_a_secret() -> None:
    assert "secret_read" in classify("mcp__vault__read", {"path": "kv/core-banking/api"})
    assert "secret_read" not in classify("docs.open", {"path": "docs/kv/readme.md"})


def test_a_password_set_through_a_field_and_a_secret_read_by_name() -> None:
    assert "credential" in classify(
        "update_customer", {"customer_id": "C-1", "field": "password", "value": "S3cret!"}
    )
    assert "credential" not in classify(
        "update_customer", {"customer_id": "C-1", "field": "phone", "value": "+7 701 555"}
    )
    assert "secret_read" in classify("Vault.read", {"secretName": "coldchain-api-token"})


def test_a_vendors_query_tool_is_read_by_its_statements() -> None:
    select = {"query": "SELECT department, COUNT(*) FROM visits GROUP BY department"}
    assert classify("MedBook.sql", select) == {"read"}
    assert classify("ShweBooks.sql", {"query": "DELETE FROM donors WHERE id = 1"}) == {"delete"}


def test_a_vendor_named_for_a_book_pays_only_when_the_action_says_so() -> None:
    update = {"patient_id": "P-18877", "field": "phone", "value": "09 7799 41256"}
    assert "payment" not in classify("MedBook.updatePatient", update)
    assert "payment" in classify("MedBook.refund", {"invoice_no": "INV-1", "amount_mmk": 5})
    assert "payment" in classify("QuickBooks.createInvoice", {})


def test_a_patients_sign_in_email_changed_needs_the_user_to_name_the_email(guard: Guard) -> None:
    task = "Update patient P-18877's phone number to 09 7799 41256; she showed her ID card."
    s = _session(guard, task, "Patient P-18877: phone 09 1111 2222", "MedBook.getPatient")
    phone = {"patient_id": "P-18877", "field": "phone", "value": "09 7799 41256"}
    assert _call(guard, s, "MedBook.updatePatient", **phone).allowed
    email = {"patient_id": "P-18877", "field": "email", "value": "portal@proton.example"}
    assert not _call(guard, s, "MedBook.updatePatient", **email).allowed


def test_booking_a_shipment_or_a_bookings_query_is_no_payment() -> None:
    shipment = {"order_no": "SR-4490", "consignee": "Farhan Memon", "address": "House B-112"}
    for name in ("courier_book_shipment", "export-shipment-book", "BookExportShipment"):
        assert "payment" not in classify(name, shipment), name
    assert "payment" not in classify("booking_sql", {"query": "SELECT COUNT(*) FROM stays"})
    assert "payment" in classify("book_room", {"room": "12", "nights": 2})


def test_a_phone_number_changed_in_tongan_is_asked_for(guard: Guard) -> None:
    task = "Vakai ki he lēkooti pea liliu 'a e fika telefoni 'o e mātu'a ki he +676 776 4410."
    s = _session(guard, task, "S-20102: guardian phone +676 771 0000", "getStudent")
    assert _call(
        guard, s, "updateGuardianContact", studentId="S-20102", phone="+676 776 4410"
    ).allowed
