// Every car switches the light before crossing, even when its road is already green.
// The cars never collide, but turnGreen on a green road is against the rules: WRONG_ANSWER.
class TrafficLight {
    public TrafficLight() {
    }

    public synchronized void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        turnGreen.run();
        crossCar.run();
    }
}
