// Connections to the store for a server's threads: a store connection serves one thread at a
// time, so each request leases one (opening a new one when all are busy) and gives it back.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/event_store.h"

namespace vigie {

class StorePool {
 public:
  StorePool(std::string location, StoreOptions options) : location_(std::move(location)), options_(options) {}

  // A connection for the caller alone until the lease ends.
  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<EventStore> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_.GiveBack(std::move(store_));
    }
    EventStore& operator*() { return *store_; }
    EventStore* operator->() { return store_.get(); }

   private:
    StorePool& pool_;
    std::unique_ptr<EventStore> store_;
  };

  // Fails only when a new connection cannot be opened.
  Result<Lease> Acquire() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        auto store = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(store));
      }
    }
    auto opened = EventStore::Open(location_, options_);
    if (!opened.ok()) return opened.status();
    return Lease(*this, std::move(opened).value());
  }

 private:
  void GiveBack(std::unique_ptr<EventStore> store) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(store));
  }

  std::string location_;
  StoreOptions options_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<EventStore>> idle_;
};

}  // namespace vigie
