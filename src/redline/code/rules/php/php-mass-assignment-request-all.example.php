<?php
class UserController
{
    public function store(Request $request)
    {
        // ruleid: php-mass-assignment-request-all
        $user = User::create($request->all());
        // ruleid: php-mass-assignment-request-all
        $user->update($_POST);
        // ruleid: php-mass-assignment-request-all
        $user->fill($request->input())->save();
        // ok: php-mass-assignment-request-all
        $user = User::create($request->validated());
        // ok: php-mass-assignment-request-all
        $user->update($request->only(['name', 'email']));
        // ok: php-mass-assignment-request-all
        $user->update(['name' => $request->input('name')]);
        return $user;
    }
}
