from threading import Lock


class Foo:
    def __init__(self):
        self.after_first = Lock()
        self.after_second = Lock()
        self.after_first.acquire()
        self.after_second.acquire()

    def first(self, printFirst: 'Callable[[], None]') -> None:
        printFirst()
        self.after_first.release()

    def second(self, printSecond: 'Callable[[], None]') -> None:
        with self.after_first:
            printSecond()
            self.after_second.release()

    def third(self, printThird: 'Callable[[], None]') -> None:
        with self.after_second:
            printThird()
