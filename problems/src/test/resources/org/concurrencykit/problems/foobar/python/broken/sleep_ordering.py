# verdict: WRONG_ANSWER — alternates by sleeping; a stall longer than the sleep breaks the alternation
import time


class FooBar:
    def __init__(self, n):
        self.n = n

    def foo(self, printFoo: 'Callable[[], None]') -> None:
        for i in range(self.n):
            printFoo()
            time.sleep(0.02)

    def bar(self, printBar: 'Callable[[], None]') -> None:
        time.sleep(0.01)
        for i in range(self.n):
            printBar()
            time.sleep(0.02)
