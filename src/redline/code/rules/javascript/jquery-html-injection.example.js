function showProfile(user) {
  // ruleid: jquery-html-injection
  $("#name").html(user.name);
  // ruleid: jquery-html-injection
  $("#list").append("<li>" + user.bio + "</li>");
  // ruleid: jquery-html-injection
  const row = $(`<tr><td>${user.email}</td></tr>`);
  // ok: jquery-html-injection
  $("#name").text(user.name);
  // ok: jquery-html-injection
  const current = $("#name").html();
  // ok: jquery-html-injection
  $("#list").append($("<li>").text(user.bio));
  return [row, current];
}
