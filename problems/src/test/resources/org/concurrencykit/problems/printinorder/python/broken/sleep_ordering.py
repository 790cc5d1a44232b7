# verdict: WRONG_ANSWER — orders the threads with time.sleep; a stall longer than the sleep reorders them
import time


class Foo:
    def first(self, printFirst: 'Callable[[], None]') -> None:
        printFirst()

    def second(self, printSecond: 'Callable[[], None]') -> None:
        time.sleep(0.01)
        printSecond()

    def third(self, printThird: 'Callable[[], None]') -> None:
        time.sleep(0.02)
        printThird()
