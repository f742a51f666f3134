# ruleid: ruby-permit-privileged-attribute
params.require(:user).permit(:name, :email, :admin)
# ruleid: ruby-permit-privileged-attribute
params.require(:membership).permit(:role, :note)
# ok: ruby-permit-privileged-attribute
params.require(:user).permit(:name, :email)
