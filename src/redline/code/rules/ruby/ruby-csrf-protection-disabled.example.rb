class PaymentsController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  # ok: ruby-csrf-protection-disabled
  skip_before_action :authenticate_user!, only: [:index]
end

class WebhooksController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_forgery_protection
end

class ApplicationController < ActionController::Base
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :exception
end
