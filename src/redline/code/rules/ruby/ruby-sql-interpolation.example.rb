# ruleid: ruby-sql-interpolation
User.where("email = '#{params[:email]}'")
# ruleid: ruby-sql-interpolation
Order.find_by_sql("SELECT * FROM orders WHERE id = " + params[:id])
# ruleid: ruby-sql-interpolation
ActiveRecord::Base.connection.execute("DELETE FROM sessions WHERE user_id = #{user_id}")
# ruleid: ruby-sql-interpolation
Post.order(params[:sort])
# ok: ruby-sql-interpolation
User.where(email: params[:email])
# ok: ruby-sql-interpolation
User.where("email = ?", params[:email])
# ok: ruby-sql-interpolation
Post.order(created_at: :desc)
# ok: ruby-sql-interpolation
User.where("id = #{id.to_i}")
