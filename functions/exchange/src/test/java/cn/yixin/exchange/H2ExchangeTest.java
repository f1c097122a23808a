package cn.yixin.exchange;

import io.micronaut.context.ApplicationContext;

/** The exchange contract on H2 in its PostgreSQL mode, with the same Flyway migrations (the local run's database). */
class H2ExchangeTest extends ExchangeContract {

    @Override
    ApplicationContext startExchange() {
        return ExchangeDatabase.start(ExchangeDatabase.h2());
    }
}
