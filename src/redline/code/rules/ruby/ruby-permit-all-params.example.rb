# ruleid: ruby-permit-all-params
User.create(params.require(:user).permit!)
# ruleid: ruby-permit-all-params
attrs = params[:post].permit!
# ok: ruby-permit-all-params
User.create(params.require(:user).permit(:name, :email))
