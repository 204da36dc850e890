package org.signpost.collect;

import org.junit.jupiter.api.AfterEach;

/** The store's contract on a real PostgreSQL (Debian's, started by .ci/postgres). */
class PostgresEventStoreIT extends EventStoreContract {
    private final java.util.List<ScratchPostgres> schemas = new java.util.ArrayList<>();

    @Override
    Database emptyDatabase() {
        ScratchPostgres p = new ScratchPostgres();
        schemas.add(p);
        return p.database();
    }

    @AfterEach
    void drop() {
        schemas.forEach(ScratchPostgres::close);
    }
}
