# verdict: WRONG_ANSWER — sets the event before printing, so the next step can print first
from threading import Event


class Foo:
    def __init__(self):
        self.done = (Event(), Event())

    def first(self, printFirst: 'Callable[[], None]') -> None:
        self.done[0].set()
        printFirst()

    def second(self, printSecond: 'Callable[[], None]') -> None:
        self.done[0].wait()
        self.done[1].set()
        printSecond()

    def third(self, printThird: 'Callable[[], None]') -> None:
        self.done[1].wait()
        printThird()
