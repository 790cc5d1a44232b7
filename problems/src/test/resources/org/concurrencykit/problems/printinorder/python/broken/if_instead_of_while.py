# verdict: WRONG_ANSWER — `if` around Condition.wait: third wakes on first's notify_all and prints early
from threading import Condition


class Foo:
    def __init__(self):
        self.cond = Condition()
        self.step = 1

    def _turn(self, mine, print_it):
        with self.cond:
            if self.step != mine:
                self.cond.wait()
            print_it()
            self.step += 1
            self.cond.notify_all()

    def first(self, printFirst: 'Callable[[], None]') -> None:
        self._turn(1, printFirst)

    def second(self, printSecond: 'Callable[[], None]') -> None:
        self._turn(2, printSecond)

    def third(self, printThird: 'Callable[[], None]') -> None:
        self._turn(3, printThird)
