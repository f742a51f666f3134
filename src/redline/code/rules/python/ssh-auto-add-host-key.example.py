import paramiko


def connect(host):
    client = paramiko.SSHClient()
    # ruleid: ssh-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # ruleid: ssh-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.WarningPolicy)
    client.load_system_host_keys()
    # ok: ssh-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host)
    return client
