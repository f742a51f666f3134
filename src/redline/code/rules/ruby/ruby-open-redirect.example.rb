class SessionsController < ApplicationController
  def create
    # ruleid: ruby-open-redirect
    redirect_to params[:return_to]
    # ruleid: ruby-open-redirect
    redirect_to "#{params[:host]}/dashboard"
    # ruleid: ruby-open-redirect
    redirect_to request.referer
    # ok: ruby-open-redirect
    redirect_to root_path
    # ok: ruby-open-redirect
    redirect_to dashboard_path(tab: params[:tab])
  end
end
