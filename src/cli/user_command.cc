// `vigie user add|passwd|del|list`: the accounts of the web interface. Passwords are read
// from the terminal without echo (twice), or from one line of standard input with
// --password-stdin; never from the command line, where other users could see them.
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "accounts/password_hash.h"
#include "cli/commands.h"
#include "store/event_store.h"

namespace vigie {

namespace {

struct UserOptions {
  std::string db;
  std::string name;
  std::string role = "analyst";
  bool password_stdin = false;
};

// One line from the terminal with echo off.
std::string ReadHidden(const char* prompt) {
  fprintf(stderr, "%s", prompt);
  fflush(stderr);
  termios old_mode{};
  const bool terminal = tcgetattr(STDIN_FILENO, &old_mode) == 0;
  if (terminal) {
    termios quiet = old_mode;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old_mode);
    fprintf(stderr, "\n");
  }
  return line;
}

// The new password: from standard input (--password-stdin), or typed twice at a terminal.
Result<std::string> ReadNewPassword(const UserOptions& options) {
  if (options.password_stdin) {
    std::string line;
    if (!std::getline(std::cin, line)) return Status::Error("no password on standard input");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  if (!isatty(STDIN_FILENO)) {
    return Status::Error("standard input is not a terminal: pass the password with --password-stdin");
  }
  std::string first = ReadHidden("New password: ");
  if (Status s = CheckPassword(first); !s.ok()) return s;
  if (ReadHidden("Again: ") != first) return Status::Error("the two passwords differ");
  return first;
}

int RunUser(const std::string& action, const UserOptions& options) {
  StoreOptions store_options;
  store_options.create = action == "add";
  auto store = EventStore::Open(DatabaseLocation(options.db), store_options);
  if (!store.ok()) {
    fprintf(stderr, "vigie user: %s\n", store.status().message().c_str());
    return 2;
  }
  auto fail = [&](const Status& status) {
    fprintf(stderr, "vigie user %s: %s\n", action.c_str(), status.message().c_str());
    return 1;
  };
  if (action == "list") {
    auto users = (*store)->Users();
    if (!users.ok()) return fail(users.status());
    for (const UserAccount& u : users.value()) {
      printf("%-24s %-8s since %s%s\n", u.name.c_str(), u.role.c_str(), u.created_at.c_str(), u.deleted ? "  (deleted)" : "");
    }
    return 0;
  }
  if (action == "del") {
    if (Status s = (*store)->DeleteUser(options.name); !s.ok()) return fail(s);
    fprintf(stderr, "vigie user: %s deleted (the name stays on the comments and changes it made)\n", options.name.c_str());
    return 0;
  }
  if (action == "add") {
    auto existing = (*store)->FindUser(options.name);
    if (!existing.ok()) return fail(existing.status());
    if (existing.value() && !existing.value()->deleted) {
      return fail(Status::Error("user '" + options.name + "' exists already (vigie user passwd to change the password)"));
    }
  }
  auto password = ReadNewPassword(options);
  if (!password.ok()) return fail(password.status());
  auto hash = HashPassword(password.value());
  if (!hash.ok()) return fail(hash.status());
  if (action == "add") {
    auto id = (*store)->AddUser({0, options.name, options.role, hash.value(), "", false});
    if (!id.ok()) return fail(id.status());
    fprintf(stderr, "vigie user: %s added as %s\n", options.name.c_str(), options.role.c_str());
    return 0;
  }
  if (Status s = (*store)->SetPassword(options.name, hash.value()); !s.ok()) return fail(s);
  fprintf(stderr, "vigie user: password of %s changed\n", options.name.c_str());
  return 0;
}

// A user name: 1 to 64 letters, digits, dots, hyphens, underscores or @.
bool IsUserName(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '-' || c == '_' || c == '@';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

void RegisterUserCommand(CLI::App& app, const CommonOptions&, int* exit_code) {
  auto options = std::make_shared<UserOptions>();
  CLI::App* user = app.add_subcommand(
      "user",
      "Manage the accounts of the web interface (vigie serve). Roles: viewer (reads), analyst (confirms,\n"
      "corrects, rejects, merges and comments), admin (also manages accounts). Passwords (10 characters at\n"
      "least) are stored as Argon2id hashes; they are typed twice at the terminal, or read from one line of\n"
      "standard input with --password-stdin.");
  user->require_subcommand(1);
  auto name_check = CLI::Validator(
      [](std::string& name) { return IsUserName(name) ? std::string() : "'" + name + "' is not a user name (letters, digits, . - _ @)"; },
      "NAME");
  for (const char* action : {"add", "passwd", "del", "list"}) {
    const std::string what = std::string(action) == "add"      ? "Add an account"
                             : std::string(action) == "passwd" ? "Set an account's password"
                             : std::string(action) == "del"    ? "Delete an account (its name stays on its comments and changes)"
                                                               : "List the accounts";
    CLI::App* cmd = user->add_subcommand(action, what);
    AddDatabaseOption(*cmd, options->db);
    if (std::string(action) != "list") cmd->add_option("name", options->name, "The account's name")->required()->check(name_check);
    if (std::string(action) == "add") {
      cmd->add_option("--role", options->role, "viewer, analyst (default) or admin")
          ->check(CLI::IsMember({"viewer", "analyst", "admin"}));
    }
    if (std::string(action) == "add" || std::string(action) == "passwd") {
      cmd->add_flag("--password-stdin", options->password_stdin, "Read the password from one line of standard input");
    }
    cmd->callback([options, exit_code, action] { *exit_code = RunUser(action, *options); });
  }
}

}  // namespace vigie
