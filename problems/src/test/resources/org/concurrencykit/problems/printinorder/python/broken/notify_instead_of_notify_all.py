# verdict: TIME_LIMIT_EXCEEDED — notify() wakes one waiter; when it is the wrong one, the right one sleeps forever
from threading import Condition


class Foo:
    def __init__(self):
        self.cond = Condition()
        self.step = 1

    def _turn(self, mine, print_it):
        with self.cond:
            while self.step != mine:
                self.cond.wait()
            print_it()
            self.step += 1
            self.cond.notify()

    def first(self, printFirst: 'Callable[[], None]') -> None:
        self._turn(1, printFirst)

    def second(self, printSecond: 'Callable[[], None]') -> None:
        self._turn(2, printSecond)

    def third(self, printThird: 'Callable[[], None]') -> None:
        self._turn(3, printThird)
